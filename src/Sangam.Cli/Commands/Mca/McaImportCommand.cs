using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.Mca;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Mca;

/// <summary><c>sangam mca import FILE.csv</c>: streams the MCA master data to the server's registry (admins).</summary>
public sealed class McaImportCommand : ApiCommand<McaImportCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<file>")]
        [Description("The MCA company master data CSV (data.gov.in, either header variant).")]
        public string File { get; init; } = "";

        public override ValidationResult Validate() =>
            System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"No such file: {File}");
    }

    // The server imports as the file arrives; millions of rows take minutes.
    protected override TimeSpan? Timeout => TimeSpan.FromHours(2);

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        McaImportSummary summary;
        if (settings.Json)
        {
            summary = await client.Mca.ImportFileAsync(settings.File, null, cancellationToken);
            Output.Json(summary);
            return 0;
        }

        var length = Math.Max(1, new FileInfo(settings.File).Length);
        summary = await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Path.GetFileName(settings.File), maxValue: length);
                var result = await client.Mca.ImportFileAsync(settings.File, new Progress<long>(sent => task.Value = sent), cancellationToken);
                task.Value = length;
                return result;
            });

        Output.Fields(
            ("Rows read", Count(summary.RowsRead)),
            ("Inserted", Count(summary.Inserted)),
            ("Updated", Count(summary.Updated)),
            ("Unchanged", Count(summary.Unchanged)),
            ("Rejected", Count(summary.Rejected)),
            ("Server time", string.Create(CultureInfo.InvariantCulture, $"{summary.ElapsedMs / 1000.0:N1} s ({summary.RowsPerSecond:N0} rows/s)")));
        if (summary.Rejections.Count > 0)
        {
            var table = new Table().AddColumns("Reason", "Rows", "First examples (line: value)");
            foreach (var group in summary.Rejections)
            {
                table.AddRow(group.Reason, Count(group.Count),
                    Markup.Escape(string.Join("\n", group.Examples.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Line}: {e.Detail}")))));
            }

            AnsiConsole.Write(table);
        }

        return 0;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
