using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Vehicles;

public sealed class VahanCommand : ApiCommand<VahanCommand.Settings>
{
    public sealed class Settings : LookupSettings
    {
        [CommandArgument(0, "<VEHICLE>")]
        [Description("Registration number, e.g. MH12AB1234 (spaces and hyphens are fine).")]
        public string Vehicle { get; init; } = "";
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var result = await client.Vehicles.GetRegistrationAsync(settings.Vehicle, cancellationToken);
        if (LookupOutput.TryPrintAsData(settings, result, out var exitCode))
        {
            return exitCode;
        }

        var rc = result.Record!;
        Output.Fields(
            ("Registration", $"{rc.RegistrationNumber} ({rc.Status})"),
            ("Registered", $"{LookupOutput.Day(rc.RegisteredOn)} at {rc.RegisteredAt}"),
            ("Owner", rc.OwnerName),
            ("Vehicle", $"{rc.VehicleClass} ({rc.Category}), {rc.Maker} {rc.Model}, {rc.Fuel}"),
            ("Gross weight", rc.GrossVehicleWeightKg is { } gvw ? $"{gvw} kg" : null),
            ("Registration valid", LookupOutput.Validity(rc.RegistrationValidUntil)),
            ("Fitness valid", LookupOutput.Validity(rc.FitnessValidUntil)),
            ("Insurance valid", $"{LookupOutput.Validity(rc.InsuranceValidUntil)}, {rc.InsuranceCompany}"),
            ("PUC valid", rc.PuccValidUntil is null ? "not in VAHAN/01's record (sangam readiness asks VAHAN/04)" : LookupOutput.Validity(rc.PuccValidUntil)),
            ("Road tax", rc.TaxValidUntil is null ? rc.TaxPaidUpto : LookupOutput.Validity(rc.TaxValidUntil)),
            ("Permit", rc.PermitType is null ? null : $"{rc.PermitType}, valid {LookupOutput.Validity(rc.PermitValidUntil)}"),
            ("National permit", rc.NationalPermitValidUntil is null ? null : LookupOutput.Validity(rc.NationalPermitValidUntil)),
            ("Financer", rc.Financer),
            ("Blacklist", rc.BlacklistStatus));
        return 0;
    }
}
