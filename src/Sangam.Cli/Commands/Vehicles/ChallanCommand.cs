using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Vehicles;

public sealed class ChallanCommand : ApiCommand<ChallanCommand.Settings>
{
    public sealed class Settings : LookupSettings
    {
        [CommandArgument(0, "<VEHICLE>")]
        [Description("Registration number.")]
        public string Vehicle { get; init; } = "";
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var result = await client.Vehicles.GetChallansAsync(settings.Vehicle, cancellationToken);
        if (LookupOutput.TryPrintAsData(settings, result, out var exitCode))
        {
            return exitCode;
        }

        var challans = result.Record!;
        var table = new Table()
            .Title(string.Create(CultureInfo.InvariantCulture, $"{challans.Pending.Count} pending (INR {challans.PendingAmount:#,0}), {challans.Disposed.Count} disposed"))
            .AddColumns("Challan", "Issued (IST)", "Status", "Fine (INR)", "Offences", "Place");
        foreach (var challan in challans.Pending.Concat(challans.Disposed))
        {
            table.AddRow(
                challan.Number ?? "-",
                LookupOutput.Time(challan.IssuedAt),
                challan.Status ?? "-",
                Output.Format(challan.Fine),
                Markup.Escape(string.Join("; ", challan.Offences.Select(o => o.Name))),
                Markup.Escape(challan.Place ?? "-"));
        }

        Output.TableOrNote(table, "No e-challans.");
        return 0;
    }
}
