using Sangam.Api.Connectors.Ulip.Payloads;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>The checks decided on the driver's licence (SARATHI) against the vehicle it is to drive.</summary>
internal static class DriverChecks
{
    private const string Source = "SARATHI";

    private static readonly string[] Names = ["licence", "licence_validity", "licence_class"];

    public static IEnumerable<ReadinessCheck> Evaluate(SourceResult? sarathi, VehicleGroup? group, SourceResult vahan, DateOnly today)
    {
        if (sarathi is null)
        {
            return [CheckResults.Create("licence", Source, CheckStatus.NotChecked, "The driver's licence was not checked: send dlnumber and dob")];
        }

        if (sarathi.Answer is not { } answer)
        {
            return Names.Select(name => CheckResults.Unknown(name, sarathi));
        }

        if (!answer.Found || SarathiRecord.Parse(answer.Payload) is not { } licence)
        {
            return [CheckResults.Create("licence", Source, CheckStatus.Fail, "SARATHI has no licence with this number and date of birth")];
        }

        return [Status(licence), Validity(licence, group, vahan, today), Coverage(licence, group, vahan)];
    }

    private static ReadinessCheck Status(SarathiRecord licence) =>
        string.Equals(licence.Status, "Active", StringComparison.OrdinalIgnoreCase)
            ? CheckResults.Create("licence", Source, CheckStatus.Pass, "The licence is active", ("dlStatus", licence.Status))
            : CheckResults.Create("licence", Source, CheckStatus.Fail, $"The licence is {licence.Status ?? "of unknown status"}, not active", ("dlStatus", licence.Status));

    private static ReadinessCheck Validity(SarathiRecord licence, VehicleGroup? group, SourceResult vahan, DateOnly today)
    {
        if (group is null)
        {
            return Unknowable("licence_validity", vahan);
        }

        return group.Value.IsTransport()
            ? CheckResults.Validity("licence_validity", Source, "licence's transport validity", ("dlTrValdtoDt", licence.TransportUpto), today)
            : CheckResults.Validity("licence_validity", Source, "licence", ("dlNtValdtoDt", licence.NonTransportUpto), today);
    }

    private static ReadinessCheck Coverage(SarathiRecord licence, VehicleGroup? group, SourceResult vahan)
    {
        if (group is null)
        {
            return Unknowable("licence_class", vahan);
        }

        var needed = group.Value.CoveringClasses();
        var held = string.Join(", ", licence.Classes);
        var covering = licence.Classes.Where(needed.Contains).ToList();
        return covering.Count > 0
            ? CheckResults.Create("licence_class", Source, CheckStatus.Pass, $"{string.Join(", ", covering)} covers {group.Value.Describe()}", ("covabbrv", held))
            : CheckResults.Create("licence_class", Source, CheckStatus.Fail,
                $"The licence ({(held.Length == 0 ? "no classes" : held)}) does not cover {group.Value.Describe()}; it needs one of {string.Join(", ", needed)}",
                ("covabbrv", held));
    }

    // Which classes and validity apply depends on the vehicle, known only from VAHAN.
    private static ReadinessCheck Unknowable(string name, SourceResult vahan) =>
        CheckResults.Create(name, Source, CheckStatus.Unknown, vahan.Failure is null
            ? "The vehicle's class is unknown, so the licence cannot be matched to it"
            : $"The vehicle's class is unknown ({vahan.FailureDetail})");
}
