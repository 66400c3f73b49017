using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Sangam.Api.Mca.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

/// <summary><c>sangam-admin mca import FILE.csv</c>: loads the MCA company master data into the registry with a progress bar.</summary>
internal sealed class McaImportCommand(RegistryImporter importer) : AsyncCommand<McaImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<file>")]
        [Description("The master data CSV (data.gov.in 'RoC-wise Company Master Data', either header variant).")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print the summary as JSON, without a progress bar.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"No such file: {File}");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(settings.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        ImportSummary summary;
        if (settings.Json)
        {
            summary = await importer.ImportAsync(file, progress: null, cancellationToken);
        }
        else
        {
            summary = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(Path.GetFileName(settings.File), maxValue: Math.Max(1, file.Length));
                    var report = new InlineProgress(p =>
                    {
                        task.Value = file.Position;
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.RowsRead:N0} rows");
                    });
                    var result = await importer.ImportAsync(file, report, cancellationToken);
                    task.Value = task.MaxValue;
                    return result;
                });
        }

        return Print(summary, settings.Json);
    }

    private static int Print(ImportSummary summary, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(summary, OperatorOutput.Json));
            return summary.Problem is null ? 0 : 1;
        }

        if (summary.Problem is { } problem)
        {
            return OperatorOutput.Fail(problem);
        }

        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
        grid.AddRow("Rows read", Count(summary.RowsRead));
        grid.AddRow("[green]Inserted[/]", Count(summary.Inserted));
        grid.AddRow("[blue]Updated[/]", Count(summary.Updated));
        grid.AddRow("Unchanged", Count(summary.Unchanged));
        grid.AddRow(summary.Rejected > 0 ? "[red]Rejected[/]" : "Rejected", Count(summary.Rejected));
        grid.AddRow("Time", string.Create(CultureInfo.InvariantCulture, $"{summary.ElapsedMs / 1000.0:N1} s ({summary.RowsPerSecond:N0} rows/s)"));
        AnsiConsole.Write(grid);

        if (summary.Rejections.Count > 0)
        {
            var table = new Table().AddColumns("Reason", "Rows", "First examples (line: value)");
            foreach (var group in summary.Rejections)
            {
                table.AddRow(group.Reason.ToString(), Count(group.Count),
                    Markup.Escape(string.Join("\n", group.Examples.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Line}: {e.Detail}")))));
            }

            AnsiConsole.Write(table);
        }

        return 0;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // Reports on the importer's own thread, so the bar reads the file position the batch ended at.
    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
