using System.Text.Json;
using Sangam.Api.Administration;
using Spectre.Console;

namespace Sangam.Api.OperatorCli;

/// <summary>How operator commands print results and failures.</summary>
internal static class OperatorOutput
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static int Print(AdminResult<AccountView> result, bool json = false) =>
        Report(result, account =>
        {
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(account, Json));
            }
            else
            {
                PrintAccount(account);
            }
        });

    public static int Print(AdminResult<UserView> result) =>
        Report(result, user => AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture,
            $"[green]{user.Username}[/] ({user.Role}{(user.IsDisabled ? ", disabled" : "")}) id {user.Id}"));

    public static void PrintAccounts(IReadOnlyList<AccountView> accounts, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(accounts, Json));
            return;
        }

        var table = new Table().AddColumns("Slug", "Name", "Families", "Subids", "GSTINs", "Users", "State");
        foreach (var a in accounts)
        {
            table.AddRow(
                Markup.Escape(a.Slug), Markup.Escape(a.Name), string.Join(", ", a.Families), Markup.Escape(string.Join(", ", a.Subids)),
                string.Join(", ", a.Gstins), Markup.Escape(string.Join(", ", a.Users.Select(u => u.Username))), a.IsDisabled ? "[red]disabled[/]" : "active");
        }

        AnsiConsole.Write(table);
    }

    public static int Fail(string message)
    {
        AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[red]error:[/] {message}");
        return 1;
    }

    private static int Report<T>(AdminResult<T> result, Action<T> print)
    {
        if (!result.Succeeded)
        {
            return Fail(result.Message ?? result.Problem.ToString());
        }

        print(result.Value!);
        return 0;
    }

    private static void PrintAccount(AccountView a)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("Slug", Markup.Escape(a.Slug));
        grid.AddRow("Name", Markup.Escape(a.Name));
        grid.AddRow("State", a.IsDisabled ? "[red]disabled[/]" : "active");
        grid.AddRow("Rate limit", a.RateLimitPerMinute is { } limit ? $"{limit}/min" : "default");
        grid.AddRow("Families", string.Join(", ", a.Families));
        grid.AddRow("Subids", Markup.Escape(string.Join(", ", a.Subids)));
        grid.AddRow("GSTINs", string.Join(", ", a.Gstins));
        grid.AddRow("Users", Markup.Escape(string.Join(", ", a.Users.Select(u => $"{u.Username} ({u.Role}{(u.IsDisabled ? ", disabled" : "")})"))));
        AnsiConsole.Write(grid);
    }
}
