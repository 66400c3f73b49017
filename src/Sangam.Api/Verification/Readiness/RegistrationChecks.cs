using Sangam.Api.Connectors.Ulip.Payloads;

namespace Sangam.Api.Verification.Readiness;

/// <summary>The checks decided on the registration certificate (VAHAN).</summary>
internal static class RegistrationChecks
{
    private const string Source = "VAHAN";

    private static readonly string[] Names = ["registration", "registration_validity", "fitness", "insurance", "pollution", "road_tax", "permit", "blacklist"];

    private static readonly HashSet<string> NotBlacklisted = new(["NA", "N/A", "NO", "NONE", "NOT BLACKLISTED"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> LifetimeTax = new(["LTT", "OTT", "ONE TIME", "LIFE TIME", "LIFETIME"], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ReadinessCheck> Evaluate(SourceResult vahan, VahanRecord? rc, VehicleGroup? group, DateOnly today)
    {
        if (vahan.Result is not { } result)
        {
            return Names.Select(name => CheckResults.Unknown(name, vahan));
        }

        if (!result.Answer.Found)
        {
            return [CheckResults.Create("registration", Source, CheckStatus.Fail, "VAHAN has no registration for this vehicle number")];
        }

        if (rc is null)
        {
            return [CheckResults.Create("registration", Source, CheckStatus.Unknown, "VAHAN's answer could not be read")];
        }

        return
        [
            Status(rc),
            CheckResults.Validity("registration_validity", Source, "registration", VahanRecord.RegistrationUpto, rc[VahanRecord.RegistrationUpto], today),
            CheckResults.Validity("fitness", Source, "fitness certificate", VahanRecord.FitnessUpto, rc[VahanRecord.FitnessUpto], today),
            CheckResults.Validity("insurance", Source, "insurance", VahanRecord.InsuranceUpto, rc[VahanRecord.InsuranceUpto], today),
            CheckResults.Validity("pollution", Source, "PUC certificate", VahanRecord.PuccUpto, rc[VahanRecord.PuccUpto], today),
            RoadTax(rc, today),
            Permit(rc, group, today),
            Blacklist(rc),
        ];
    }

    private static ReadinessCheck Status(VahanRecord rc)
    {
        var status = rc[VahanRecord.Status];
        return string.Equals(status, "ACTIVE", StringComparison.OrdinalIgnoreCase)
            ? CheckResults.Create("registration", Source, CheckStatus.Pass, "The registration is active", (VahanRecord.Status, status))
            : CheckResults.Create("registration", Source, CheckStatus.Fail, $"The registration is {status ?? "of unknown status"}, not active", (VahanRecord.Status, status));
    }

    private static ReadinessCheck RoadTax(VahanRecord rc, DateOnly today)
    {
        var paidUpto = rc[VahanRecord.TaxUpto];
        return paidUpto is not null && LifetimeTax.Contains(paidUpto)
            ? CheckResults.Create("road_tax", Source, CheckStatus.Pass, "Lifetime road tax is paid", (VahanRecord.TaxUpto, paidUpto))
            : CheckResults.Validity("road_tax", Source, "road tax", VahanRecord.TaxUpto, paidUpto, today);
    }

    private static ReadinessCheck Permit(VahanRecord rc, VehicleGroup? group, DateOnly today)
    {
        if (group is null)
        {
            return CheckResults.Create("permit", Source, CheckStatus.Unknown, "VAHAN's vehicle category is not one this check knows",
                (VahanRecord.Category, rc[VahanRecord.Category]));
        }

        if (!group.Value.IsTransport())
        {
            return CheckResults.Create("permit", Source, CheckStatus.NotApplicable, "Vehicles not used for transport need no permit",
                (VahanRecord.Category, rc[VahanRecord.Category]));
        }

        var permit = CheckResults.Validity("permit", Source, $"{rc[VahanRecord.PermitType] ?? "permit"}", VahanRecord.PermitUpto, rc[VahanRecord.PermitUpto], today);
        if (permit.Status == CheckStatus.Fail || rc[VahanRecord.NationalPermitUpto] is null)
        {
            return permit;
        }

        // A national permit also needs its yearly authorisation; the earlier expiry decides.
        var authorisation = CheckResults.Validity("permit", Source, "national permit authorisation", VahanRecord.NationalPermitUpto, rc[VahanRecord.NationalPermitUpto], today);
        return authorisation.Status.Severity() > permit.Status.Severity() ? authorisation : permit;
    }

    private static ReadinessCheck Blacklist(VahanRecord rc)
    {
        var status = rc[VahanRecord.BlacklistStatus];
        return status is null || NotBlacklisted.Contains(status)
            ? CheckResults.Create("blacklist", Source, CheckStatus.Pass, "The vehicle is not blacklisted", (VahanRecord.BlacklistStatus, status))
            : CheckResults.Create("blacklist", Source, CheckStatus.Fail, $"The vehicle is blacklisted ({status})", (VahanRecord.BlacklistStatus, status));
    }
}
