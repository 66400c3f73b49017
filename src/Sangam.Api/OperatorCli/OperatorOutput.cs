using System.Globalization;
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
        Report(result, user => AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]{user.Username}[/] ({user.Role}{(user.IsDisabled ? ", disabled" : "")}) id {user.Id}"));

    public static int Print(AdminResult<IReadOnlyList<ApiKeyView>> result, bool json) =>
        Report(result, keys =>
        {
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(keys, Json));
                return;
            }

            var table = new Table().AddColumns("Id", "Prefix", "Name", "Families", "State", "Expires", "Last used", "Created by");
            foreach (var k in keys)
            {
                table.AddRow(k.Id, k.Prefix, Markup.Escape(k.Name), k.Families is null ? "all" : string.Join(", ", k.Families),
                    k.State == "active" ? "active" : $"[red]{k.State}[/]", Time(k.ExpiresAt) ?? "never", Time(k.LastUsedAt) ?? "never", Markup.Escape(k.CreatedBy));
            }

            AnsiConsole.Write(table);
        });

    public static int Print(AdminResult<IssuedApiKey> result, bool json) =>
        Report(result, issued =>
        {
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(issued, Json));
                return;
            }

            // The key on a line of its own, unstyled, so it can be copied or piped as it is.
            Console.WriteLine(issued.Key);
            Console.Error.WriteLine($"API key {issued.ApiKey.Prefix} ({issued.ApiKey.Name}) created. It is shown only now: store it in the client's secrets.");
        });

    public static int Print(AdminResult<ApiKeyView> result) =>
        Report(result, key => AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[green]{key.Prefix}[/] ({key.Name}) {key.State}{(key.RevokedAt is { } at ? $" since {Time(at)}" : "")}"));

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
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error:[/] {message}");
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

    private static string? Time(DateTimeOffset? time) => time?.ToString("u", CultureInfo.InvariantCulture);

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
