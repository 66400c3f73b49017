using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Usage;

public sealed class UsageCommand : ApiCommand<UsageCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--from <DATE>")]
        [Description("First day, yyyy-MM-dd (default: 29 days before --to).")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last day, yyyy-MM-dd (default: today, IST).")]
        public string? To { get; init; }

        public override ValidationResult Validate() =>
            Parse(From) is { IsValid: false } ? ValidationResult.Error("--from must be yyyy-MM-dd")
            : Parse(To) is { IsValid: false } ? ValidationResult.Error("--to must be yyyy-MM-dd")
            : ValidationResult.Success();

        internal static (bool IsValid, DateOnly? Day) Parse(string? value) =>
            value is null ? (true, null)
            : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (true, day)
            : (false, null);
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var report = await client.Usage.GetAsync(Settings.Parse(settings.From).Day, Settings.Parse(settings.To).Day, cancellationToken);
        if (settings.Json)
        {
            Output.Json(report);
            return 0;
        }

        var table = new Table().Title($"Usage {report.From} to {report.To}: {report.TotalCalls} calls")
            .AddColumns("Date", "API", "Calls", "Errors", "Cache hits", "Avg ms");
        foreach (var row in report.Data)
        {
            table.AddRow(row.Date, Markup.Escape(row.Api), Output.Format(row.Calls), Output.Format(row.Errors), Output.Format(row.CacheHits), Output.Format(row.AverageDurationMs));
        }

        Output.TableOrNote(table, "No calls in that period.");
        return 0;
    }
}
