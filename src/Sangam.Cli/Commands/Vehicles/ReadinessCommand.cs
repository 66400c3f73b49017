using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.Vehicles;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Vehicles;

/// <summary>Exit code 0 when the vehicle may be dispatched, 3 when something blocks it, 2 when a check could not be made.</summary>
public sealed class ReadinessCommand : ApiCommand<ReadinessCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<VEHICLE>")]
        [Description("Registration number of the vehicle to dispatch.")]
        public string Vehicle { get; init; } = "";

        [CommandOption("--dl <DLNUMBER>")]
        [Description("The driver's licence number (needs --dob).")]
        public string? Licence { get; init; }

        [CommandOption("--dob <DATE>")]
        [Description("The driver's date of birth, yyyy-MM-dd.")]
        public string? Dob { get; init; }

        public override ValidationResult Validate() =>
            (Licence is null) != (Dob is null) ? ValidationResult.Error("--dl and --dob go together")
            : Dob is not null && DateOfBirth is null ? ValidationResult.Error("--dob must be yyyy-MM-dd")
            : ValidationResult.Success();

        internal DateOnly? DateOfBirth =>
            DateOnly.TryParseExact(Dob, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dob) ? dob : null;
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var readiness = await client.Vehicles.CheckReadinessAsync(settings.Vehicle, settings.Licence, settings.DateOfBirth, cancellationToken);
        if (settings.Json)
        {
            Output.Json(readiness);
        }
        else
        {
            Print(readiness);
        }

        return readiness.Verdict switch
        {
            ReadinessVerdict.Ready => ExitCodes.Ok,
            ReadinessVerdict.NotReady => ExitCodes.Blocked,
            _ => ExitCodes.Partial,
        };
    }

    private static string Words(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warning",
        CheckStatus.Fail => "FAIL",
        CheckStatus.NotApplicable => "not applicable",
        CheckStatus.NotChecked => "not checked",
        _ => "unknown",
    };

    private static void Print(DispatchReadiness readiness)
    {
        var unavailable = readiness.Checks.Where(c => c.Status == CheckStatus.Unavailable).Select(c => c.Name).ToList();
        var verdict = readiness.Verdict switch
        {
            ReadinessVerdict.Ready => "[green]READY to dispatch[/]",
            ReadinessVerdict.NotReady => "[red]NOT READY[/]",
            _ => "[yellow]UNKNOWN[/]: some checks could not be made",
        };
        var driver = readiness.DlNumber is null
            ? " (driver not checked: give --dl and --dob)"
            : " with " + Markup.Escape(readiness.DlNumber);
        var onPaper = readiness.Verdict == ReadinessVerdict.Ready && unavailable.Count > 0
            ? $"; no upstream records the {Markup.Escape(string.Join(", ", unavailable))}: check it on paper"
            : "";
        AnsiConsole.MarkupLine($"{Markup.Escape(readiness.VehicleNumber)}: {verdict}{driver}{onPaper}");

        var table = new Table().AddColumns("Check", "Source", "Status", "Detail");
        foreach (var check in readiness.Checks)
        {
            var colour = check.Status switch
            {
                CheckStatus.Pass => "green",
                CheckStatus.Fail => "red",
                CheckStatus.Warn or CheckStatus.Unknown => "yellow",
                _ => "grey",
            };
            table.AddRow(Markup.Escape(check.Name), Markup.Escape(check.Source), $"[{colour}]{Words(check.Status)}[/]", Markup.Escape(check.Detail));
        }

        AnsiConsole.Write(table);
        foreach (var (title, lines) in new[] { ("Blockers", readiness.Blockers), ("Warnings", readiness.Warnings), ("Not verified", readiness.Unverified) })
        {
            if (lines.Count > 0)
            {
                AnsiConsole.MarkupLine($"[bold]{title}:[/]");
                foreach (var line in lines)
                {
                    AnsiConsole.MarkupLine("  - " + Markup.Escape(line));
                }
            }
        }
    }
}
