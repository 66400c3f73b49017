using System.ComponentModel;
using System.Globalization;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Api.Auth.ApiKeys;
using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

internal sealed class ListApiKeysCommand(ApiKeyAdministration apiKeys) : AsyncCommand<AccountJsonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AccountJsonSettings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await apiKeys.ListAsync(settings.Slug, cancellationToken), settings.Json);
}

internal sealed class CreateApiKeyCommand(ApiKeyAdministration apiKeys) : AsyncCommand<CreateApiKeyCommand.Settings>
{
    public sealed class Settings : AccountSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("What the key is for, e.g. 'billing export'.")]
        public string Name { get; init; } = "";

        [CommandOption("--families <LIST>")]
        [Description("Comma-separated API families the key may call; every family of the account when left out.")]
        public string? Families { get; init; }

        [CommandOption("--expires <WHEN>")]
        [Description("When the key stops working: an ISO 8601 date or time (UTC unless it has an offset); never when left out.")]
        public string? Expires { get; init; }

        [CommandOption("--json")]
        [Description("Print JSON (with the key) instead of text.")]
        public bool Json { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        List<ApiFamily>? families = null;
        if (settings.Families is not null && !FamilyCommand.TryParseList(settings.Families, out families, out var problem))
        {
            return OperatorOutput.Fail(problem);
        }

        DateTimeOffset? expires = null;
        if (settings.Expires is not null)
        {
            if (!DateTimeOffset.TryParse(settings.Expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return OperatorOutput.Fail($"--expires must be an ISO 8601 date or time such as 2027-03-31 or 2027-03-31T18:30:00+05:30, not '{settings.Expires}'.");
            }

            expires = parsed;
        }

        return OperatorOutput.Print(
            await apiKeys.CreateAsync(settings.Slug, settings.Name, families, expires, ApiKeyToken.OperatorCreator, cancellationToken), settings.Json);
    }
}

internal sealed class RevokeApiKeyCommand(ApiKeyAdministration apiKeys) : AsyncCommand<RevokeApiKeyCommand.Settings>
{
    public sealed class Settings : AccountSettings
    {
        [CommandArgument(1, "<key-id>")]
        [Description("The key's id, or its prefix (sangam_ and the id), as listed.")]
        public string KeyId { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await apiKeys.RevokeAsync(settings.Slug, settings.KeyId, cancellationToken));
}
