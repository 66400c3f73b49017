using System.Globalization;
using Sangam.Api.Connectors.Ulip.Payloads;
using Sangam.India.Vehicles;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>The checks decided on the vehicle's FASTags (NETC) and e-challans.</summary>
internal static class RoadChecks
{
    public static ReadinessCheck Fastag(SourceResult tags, VehicleGroup? group)
    {
        if (group == VehicleGroup.TwoWheeler)
        {
            return CheckResults.Create("fastag", tags.Name, CheckStatus.NotApplicable, "Two-wheelers need no FASTag");
        }

        if (tags.Answer is not { } answer)
        {
            return CheckResults.Unknown("fastag", tags);
        }

        var all = FastagTagRecord.ParseAll(answer.Payload);
        if (all.FirstOrDefault(t => t.Status == FastagTagStatus.Active) is { } active)
        {
            return CheckResults.Create("fastag", tags.Name, CheckStatus.Pass, $"FASTag {active.TagId} is active",
                ("TAGID", active.TagId), ("TAGSTATUS", active.StatusCode), ("VEHICLECLASS", active.VehicleClass));
        }

        if (all.Count == 0)
        {
            return group is null
                ? CheckResults.Create("fastag", tags.Name, CheckStatus.Unknown, "No FASTag is registered, and without VAHAN it is unknown whether the vehicle needs one")
                : CheckResults.Create("fastag", tags.Name, CheckStatus.Fail, "No FASTag is registered to this vehicle");
        }

        var statuses = string.Join(", ", all.Select(t => $"{t.TagId}: {t.Status?.ToString() ?? t.StatusCode ?? "no status"}"));
        return CheckResults.Create("fastag", tags.Name, CheckStatus.Fail, $"No active FASTag ({statuses})",
            [.. all.Select(t => ($"TAGSTATUS {t.TagId}", t.StatusCode))]);
    }

    public static ReadinessCheck Challans(SourceResult challans)
    {
        if (challans.Answer is not { } answer)
        {
            return CheckResults.Unknown("challans", challans);
        }

        var summary = ChallanSummary.Parse(answer.Payload);
        var evidence = new[]
        {
            ("pending", (string?)summary.Pending.ToString(CultureInfo.InvariantCulture)),
            ("pending_amount", summary.PendingAmount.ToString(CultureInfo.InvariantCulture)),
            ("disposed", summary.Disposed.ToString(CultureInfo.InvariantCulture)),
        };
        return summary.Pending == 0
            ? CheckResults.Create("challans", challans.Name, CheckStatus.Pass, "No pending e-challans", evidence)
            : CheckResults.Create("challans", challans.Name, CheckStatus.Warn,
                string.Create(CultureInfo.InvariantCulture, $"{summary.Pending} pending e-challan{(summary.Pending == 1 ? "" : "s")}, fines of INR {summary.PendingAmount:#,0}"),
                evidence);
    }
}
