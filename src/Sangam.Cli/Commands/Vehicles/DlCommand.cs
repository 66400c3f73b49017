using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Vehicles;

public sealed class DlCommand : ApiCommand<DlCommand.Settings>
{
    public sealed class Settings : LookupSettings
    {
        [CommandArgument(0, "<DLNUMBER>")]
        [Description("Driving licence number, e.g. \"HR51 20210018922\".")]
        public string Licence { get; init; } = "";

        [CommandOption("--dob <DATE>")]
        [Description("The holder's date of birth, yyyy-MM-dd (SARATHI needs it).")]
        public string? Dob { get; init; }

        public override ValidationResult Validate() => DateOfBirth is null
            ? ValidationResult.Error("--dob is required, as yyyy-MM-dd")
            : ValidationResult.Success();

        internal DateOnly? DateOfBirth =>
            DateOnly.TryParseExact(Dob, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dob) ? dob : null;
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var result = await client.Vehicles.GetDrivingLicenceAsync(settings.Licence, settings.DateOfBirth!.Value, cancellationToken);
        if (LookupOutput.TryPrintAsData(settings, result, out var exitCode))
        {
            return exitCode;
        }

        var licence = result.Record!;
        Output.Fields(
            ("Licence", $"{licence.Number} ({licence.Status})"),
            ("Holder", licence.Holder.FullName),
            ("Date of birth", LookupOutput.Day(licence.Holder.DateOfBirth)),
            ("Issued", $"{LookupOutput.Day(licence.IssuedOn)} by {licence.RtoName}, {licence.State}"),
            ("Valid (non-transport)", LookupOutput.Validity(licence.NonTransportValidUntil)),
            ("Valid (transport)", LookupOutput.Validity(licence.TransportValidUntil)));
        var classes = new Table().Title("Classes of vehicle").AddColumns("Class", "Description", "Since");
        foreach (var cov in licence.Classes)
        {
            classes.AddRow(Markup.Escape(cov.Code), Markup.Escape(cov.Description ?? ""), LookupOutput.Day(cov.IssuedOn));
        }

        Output.TableOrNote(classes, "No class of vehicle is listed on the licence.");
        return 0;
    }
}
