using System.ComponentModel;
using Sangam.Api.Administration;
using Sangam.Api.Data;
using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

internal class AccountSettings : CommandSettings
{
    [CommandArgument(0, "<slug>")]
    [Description("The account's slug, e.g. acme.")]
    public string Slug { get; init; } = "";
}

internal sealed class AccountJsonSettings : AccountSettings
{
    [CommandOption("--json")]
    [Description("Print JSON instead of a table.")]
    public bool Json { get; init; }
}

internal sealed class JsonSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print JSON instead of a table.")]
    public bool Json { get; init; }
}

internal sealed class MigrateCommand(SangamDb db) : AsyncCommand
{
    public static Task MigrateAsync(SangamDb db, CancellationToken cancellationToken) => DatabaseInitializer.MigrateAsync(db, cancellationToken);

    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await MigrateAsync(db, cancellationToken);
        Console.WriteLine("The database schema is up to date.");
        return 0;
    }
}

internal sealed class ListAccountsCommand(AccountAdministration accounts) : AsyncCommand<JsonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, JsonSettings settings, CancellationToken cancellationToken)
    {
        OperatorOutput.PrintAccounts(await accounts.ListAsync(cancellationToken), settings.Json);
        return 0;
    }
}

internal sealed class ShowAccountCommand(AccountAdministration accounts) : AsyncCommand<AccountJsonSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AccountJsonSettings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await accounts.GetAsync(settings.Slug, cancellationToken), settings.Json);
}

internal sealed class CreateAccountCommand(AccountAdministration accounts) : AsyncCommand<CreateAccountCommand.Settings>
{
    public sealed class Settings : AccountSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("The organisation's name.")]
        public string Name { get; init; } = "";

        [CommandOption("--families <LIST>")]
        [Description("Comma-separated API families, or 'all'.")]
        public string? Families { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!FamilyCommand.TryParseList(settings.Families, out var families, out var problem))
        {
            return OperatorOutput.Fail(problem);
        }

        return OperatorOutput.Print(await accounts.CreateAsync(settings.Slug, settings.Name, families, cancellationToken));
    }
}

internal abstract class SetAccountEnabledCommand(AccountAdministration accounts, bool disable) : AsyncCommand<AccountSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, AccountSettings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await accounts.SetDisabledAsync(settings.Slug, disable, cancellationToken));

    internal sealed class Disable(AccountAdministration accounts) : SetAccountEnabledCommand(accounts, disable: true);

    internal sealed class Enable(AccountAdministration accounts) : SetAccountEnabledCommand(accounts, disable: false);
}

internal sealed class RateLimitCommand(AccountAdministration accounts) : AsyncCommand<RateLimitCommand.Settings>
{
    public sealed class Settings : AccountSettings
    {
        [CommandArgument(1, "<per-minute>")]
        [Description("Requests per minute, or 'default'.")]
        public string PerMinute { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        int? limit = null;
        if (settings.PerMinute != "default")
        {
            if (!int.TryParse(settings.PerMinute, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return OperatorOutput.Fail("per-minute must be a number or 'default'.");
            }

            limit = parsed;
        }

        return OperatorOutput.Print(await accounts.SetRateLimitAsync(settings.Slug, limit, cancellationToken));
    }
}
