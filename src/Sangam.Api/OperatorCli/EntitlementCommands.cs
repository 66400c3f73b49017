using System.ComponentModel;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

internal sealed class ValueSettings : AccountSettings
{
    [CommandArgument(1, "<value>")]
    public string Value { get; init; } = "";
}

internal abstract class FamilyCommand(AccountAdministration accounts, bool grant) : AsyncCommand<FamilyCommand.Settings>
{
    public sealed class Settings : AccountSettings
    {
        [CommandArgument(1, "<families>")]
        [Description("Comma-separated API families, or 'all'.")]
        public string Families { get; init; } = "";
    }

    public static bool TryParseList(string? list, out List<ApiFamily> families, out string problem)
    {
        families = [];
        problem = "";
        if (string.IsNullOrWhiteSpace(list))
        {
            return true;
        }

        if (list.Trim() == "all")
        {
            families.AddRange(ApiFamilies.All);
            return true;
        }

        return ApiFamilies.TryParseAll(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), out families, out problem);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!TryParseList(settings.Families, out var families, out var problem) || families.Count == 0)
        {
            return OperatorOutput.Fail(problem.Length > 0 ? problem : "Name at least one family.");
        }

        AdminResult<AccountView> result = default;
        foreach (var family in families)
        {
            result = grant
                ? await accounts.GrantAsync(settings.Slug, family, cancellationToken)
                : await accounts.RevokeAsync(settings.Slug, family, cancellationToken);
            if (!result.Succeeded)
            {
                break;
            }
        }

        return OperatorOutput.Print(result);
    }

    internal sealed class Grant(AccountAdministration accounts) : FamilyCommand(accounts, grant: true);

    internal sealed class Revoke(AccountAdministration accounts) : FamilyCommand(accounts, grant: false);
}

internal abstract class GstinCommand(Func<string, string, CancellationToken, Task<AdminResult<AccountView>>> change) : AsyncCommand<ValueSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ValueSettings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await change(settings.Slug, settings.Value, cancellationToken));

    internal sealed class Add(AccountAdministration accounts) : GstinCommand(accounts.AddGstinAsync);

    internal sealed class Remove(AccountAdministration accounts) : GstinCommand(accounts.RemoveGstinAsync);
}

internal abstract class SubidCommand(Func<string, string, CancellationToken, Task<AdminResult<AccountView>>> change) : AsyncCommand<ValueSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ValueSettings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await change(settings.Slug, settings.Value, cancellationToken));

    internal sealed class Add(AccountAdministration accounts) : SubidCommand(accounts.AddSubidAsync);

    internal sealed class Remove(AccountAdministration accounts) : SubidCommand(accounts.RemoveSubidAsync);
}
