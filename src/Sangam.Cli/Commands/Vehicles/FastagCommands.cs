using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Vehicles;

public sealed class FastagCrossingsCommand : ApiCommand<FastagCrossingsCommand.Settings>
{
    public sealed class Settings : LookupSettings
    {
        [CommandArgument(0, "<VEHICLE>")]
        [Description("Registration number.")]
        public string Vehicle { get; init; } = "";
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var result = await client.Vehicles.GetTollCrossingsAsync(settings.Vehicle, cancellationToken);
        if (LookupOutput.TryPrintAsData(settings, result, out var exitCode))
        {
            return exitCode;
        }

        var table = new Table().Title($"{result.Record!.Count} toll crossings in the last 72 hours").AddColumns("Time (IST)", "Toll plaza", "Lane", "Class");
        foreach (var crossing in result.Record)
        {
            table.AddRow(LookupOutput.Time(crossing.ReadAt), Markup.Escape(crossing.PlazaName ?? "-"), crossing.LaneDirection ?? "-", crossing.VehicleClass ?? "-");
        }

        Output.TableOrNote(table, "No toll crossings in the last 72 hours.");
        return 0;
    }
}

public sealed class FastagTagCommand : ApiCommand<FastagTagCommand.Settings>
{
    public sealed class Settings : LookupSettings
    {
        [CommandArgument(0, "[VEHICLE]")]
        [Description("Registration number (or use --tag-id).")]
        public string? Vehicle { get; init; }

        [CommandOption("--tag-id <TAGID>")]
        [Description("The tag's 24-digit hexadecimal id, instead of a vehicle number.")]
        public string? TagId { get; init; }

        public override ValidationResult Validate() => (Vehicle is null) == (TagId is null)
            ? ValidationResult.Error("Give a vehicle number or --tag-id, not both")
            : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var result = settings.TagId is { } tagId
            ? await client.Vehicles.GetFastagByTagIdAsync(tagId, cancellationToken)
            : await client.Vehicles.GetFastagsAsync(settings.Vehicle!, cancellationToken);
        if (LookupOutput.TryPrintAsData(settings, result, out var exitCode))
        {
            return exitCode;
        }

        var table = new Table().AddColumns("Tag id", "Status", "Vehicle", "Class", "Issued", "Bank");
        foreach (var tag in result.Record!)
        {
            table.AddRow(tag.TagId ?? "-", tag.Status?.ToString() ?? tag.StatusCode ?? "-", tag.VehicleNumber ?? "-", tag.VehicleClass ?? "-",
                LookupOutput.Day(tag.IssuedOn), tag.BankId ?? "-");
        }

        Output.TableOrNote(table, "No FASTag is issued for this vehicle.");
        return 0;
    }
}
