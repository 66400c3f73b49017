using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.EInvoices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.EInvoices;

public sealed class IrnImportCommand : ApiCommand<IrnImportCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A JSON file: one IRP response (AckNo, AckDt, Irn, SignedInvoice, SignedQRCode, Status...) or an array of them.")]
        public string File { get; init; } = "";
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            throw new CliException($"No such file: {settings.File}");
        }

        var result = await client.EInvoices.ImportJsonAsync(await System.IO.File.ReadAllTextAsync(settings.File, cancellationToken), cancellationToken);
        if (settings.Json)
        {
            Output.Json(result);
        }
        else
        {
            var table = new Table().Title(Markup.Escape(result.Message)).AddColumn("#").AddColumn(new TableColumn("IRN").NoWrap()).AddColumns("Outcome", "Signature", "Notes");
            foreach (var item in result.Results)
            {
                var notes = item.Problems.Count > 0 ? item.Problems : item.Warnings;
                table.AddRow(
                    Output.Format(item.Index + 1), Output.Format(item.Irn),
                    item.Outcome == ImportOutcome.Rejected ? "[red]rejected[/]" : item.Outcome.ToString().ToLowerInvariant(),
                    Output.Format(item.Signature?.Verdict), Markup.Escape(string.Join("\n", notes)));
            }

            AnsiConsole.Write(table);
        }

        return result.Rejected > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }
}
