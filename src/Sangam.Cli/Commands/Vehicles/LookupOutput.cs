using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Sangam.Cli.Infrastructure;
using Sangam.Client.Vehicles;
using Sangam.India;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Vehicles;

/// <summary>Options of every lookup command.</summary>
public class LookupSettings : GlobalSettings
{
    [CommandOption("--raw")]
    [Description("Print the upstream payload exactly as received (VAHAN: its XML).")]
    public bool Raw { get; init; }
}

/// <summary>How lookups print: "not found" in words, <c>--json</c> as found/status/record, <c>--raw</c> as the upstream sent it.</summary>
internal static class LookupOutput
{
    /// <summary>
    /// Prints the result for scripts, or "not found" in words, and says so; the exit code is then
    /// <see cref="ExitCodes.NotFound"/> when the upstream found nothing.
    /// </summary>
    public static bool TryPrintAsData<T>(LookupSettings settings, LookupResult<T> result, out int exitCode)
        where T : class
    {
        exitCode = result.Found ? ExitCodes.Ok : ExitCodes.NotFound;
        if (settings.Raw)
        {
            Console.Out.WriteLine(result.RawPayload.ValueKind == JsonValueKind.String ? result.RawPayload.GetString() : result.RawPayload.GetRawText());
            return true;
        }

        if (settings.Json)
        {
            Output.Json(new { found = result.Found, response_status = result.ResponseStatus, record = result.Record });
            return true;
        }

        if (!result.Found)
        {
            AnsiConsole.MarkupLine("[yellow]Not found.[/] The upstream answered: " + Markup.Escape(Describe(result.RawPayload)));
            return true;
        }

        return false;
    }

    /// <summary>A date with how it stands against today (IST): "2026-11-06 (expired)", "2026-11-30 (in 4 days)".</summary>
    public static string Validity(DateOnly? until)
    {
        if (until is not { } date)
        {
            return "-";
        }

        var days = date.DayNumber - Ist.Today(DateTimeOffset.UtcNow).DayNumber;
        var text = Day(date);
        return days switch
        {
            < 0 => $"{text} (expired)",
            <= 30 => $"{text} (in {days} days)",
            _ => text,
        };
    }

    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    public static string Time(DateTimeOffset? instant) => instant?.ToIst().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";

    private static string Describe(JsonElement payload) => payload.ValueKind switch
    {
        JsonValueKind.String => payload.GetString() ?? "",
        JsonValueKind.Object when payload.TryGetProperty("vehicle", out var vehicle) && vehicle.TryGetProperty("errCode", out var code) => $"errCode {code}",
        JsonValueKind.Object when payload.TryGetProperty("message", out var message) => message.ToString(),
        _ => payload.GetRawText(),
    };
}
