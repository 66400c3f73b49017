using Sangam.Api.Connectors.Ulip.Payloads;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>
/// The checks decided on the registration certificate: VAHAN/01's record, and VAHAN/04's for the PUC certificate,
/// which VAHAN/01 leaves out. A field the record lacks makes its check unknown; a fact no ULIP service reports (the
/// permit) makes its check unavailable.
/// </summary>
internal static class RegistrationChecks
{
    private const string Source = "VAHAN";

    private static readonly string[] Names = ["registration", "registration_validity", "fitness", "insurance", "pollution", "road_tax", "permit", "blacklist"];

    private static readonly HashSet<string> NotBlacklisted = new(["NA", "N/A", "NO", "NONE", "NOT BLACKLISTED"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> LifetimeTax = new(["LTT", "OTT", "ONE TIME", "LIFE TIME", "LIFETIME"], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ReadinessCheck> Evaluate(SourceResult vahan, VahanRecord? rc, VehicleGroup? group, SourceResult details, DateOnly today)
    {
        if (vahan.Answer is not { } answer)
        {
            return Names.Select(name => name == "pollution" ? Pollution(details, null, today) : CheckResults.Unknown(name, vahan));
        }

        if (!answer.Found || rc is null)
        {
            return [CheckResults.Create("registration", Source, CheckStatus.Fail, "VAHAN has no registration for this vehicle number")];
        }

        return
        [
            Status(rc),
            CheckResults.Validity("registration_validity", Source, "registration", rc.Evidence(VahanRecord.RegistrationUpto), today),
            CheckResults.Validity("fitness", Source, "fitness certificate", rc.Evidence(VahanRecord.FitnessUpto), today),
            CheckResults.Validity("insurance", Source, "insurance", rc.Evidence(VahanRecord.InsuranceUpto), today),
            Pollution(details, rc, today),
            RoadTax(rc, today),
            Permit(rc, group),
            Blacklist(rc),
        ];
    }

    private static ReadinessCheck Status(VahanRecord rc)
    {
        var evidence = rc.Evidence(VahanRecord.Status);
        return evidence.Value switch
        {
            null => CheckResults.Create("registration", Source, CheckStatus.Unknown, "VAHAN's record carries no registration status", evidence),
            var status when string.Equals(status, "ACTIVE", StringComparison.OrdinalIgnoreCase) =>
                CheckResults.Create("registration", Source, CheckStatus.Pass, "The registration is active", evidence),
            var status => CheckResults.Create("registration", Source, CheckStatus.Fail, $"The registration is {status}, not active", evidence),
        };
    }

    // VAHAN/01 carries no PUC certificate; VAHAN/04 does (rcPuccUpto). Electric vehicles need none.
    private static ReadinessCheck Pollution(SourceResult details, VahanRecord? rc, DateOnly today)
    {
        var record = details.Answer is { Found: true } answer ? VahanRecord.Parse(answer.Payload) : null;
        if ((rc ?? record)?[VahanRecord.Fuel] is { } fuel && fuel.Contains("ELECTRIC", StringComparison.OrdinalIgnoreCase))
        {
            return CheckResults.Create("pollution", Source, CheckStatus.NotApplicable, "Electric vehicles need no PUC certificate", (rc ?? record)!.Evidence(VahanRecord.Fuel));
        }

        return (details.Answer, record) switch
        {
            (null, _) => CheckResults.Unknown("pollution", details),
            (_, null) => CheckResults.Create("pollution", details.Name, CheckStatus.Unknown, $"{details.Name} has no record of this vehicle, so its PUC certificate is unknown"),
            _ => CheckResults.Validity("pollution", details.Name, "PUC certificate", record.Evidence(VahanRecord.PuccUpto), today),
        };
    }

    private static ReadinessCheck RoadTax(VahanRecord rc, DateOnly today)
    {
        var evidence = rc.Evidence(VahanRecord.TaxUpto);
        return evidence.Value is { } paidUpto && LifetimeTax.Contains(paidUpto)
            ? CheckResults.Create("road_tax", Source, CheckStatus.Pass, "Lifetime road tax is paid", evidence)
            : CheckResults.Validity("road_tax", Source, "road tax", evidence, today);
    }

    private static ReadinessCheck Permit(VahanRecord rc, VehicleGroup? group) => group switch
    {
        null => CheckResults.Create("permit", Source, CheckStatus.Unknown, "VAHAN's vehicle category is not one this check knows", rc.Evidence(VahanRecord.Category)),
        { } known when !known.IsTransport() => CheckResults.Create("permit", Source, CheckStatus.NotApplicable,
            "Vehicles not used for transport need no permit", rc.Evidence(VahanRecord.Category)),
        _ => CheckResults.Create("permit", Source, CheckStatus.Unavailable,
            "No ULIP service reports permits (VAHAN/01 and VAHAN/04 carry none): check the permit on its document", rc.Evidence(VahanRecord.Category)),
    };

    private static ReadinessCheck Blacklist(VahanRecord rc)
    {
        var evidence = rc.Evidence(VahanRecord.BlacklistStatus);
        if (!rc.Has(VahanRecord.BlacklistStatus))
        {
            return CheckResults.Create("blacklist", Source, CheckStatus.Unknown, "VAHAN's record carries no blacklist status", evidence);
        }

        return evidence.Value is null || NotBlacklisted.Contains(evidence.Value)
            ? CheckResults.Create("blacklist", Source, CheckStatus.Pass, "The vehicle is not blacklisted", evidence)
            : CheckResults.Create("blacklist", Source, CheckStatus.Fail, $"The vehicle is blacklisted ({evidence.Value})", evidence);
    }
}
