using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Connectors.Ulip.Payloads;
using Sangam.India;
using Sangam.India.Vehicles;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>The driver's licence to check with the vehicle.</summary>
public sealed record DriverToCheck(DrivingLicence Licence, DateOnly DateOfBirth);

/// <summary>
/// "May this vehicle and driver be dispatched?": asks VAHAN/01, VAHAN/04 (for the PUC certificate), FASTag, e-Challan
/// and (with a licence) SARATHI in parallel, through the cache, and judges every document against today (IST). An
/// upstream that fails makes its checks unknown; it never fails the whole answer.
/// </summary>
public sealed class DispatchReadiness(VehicleLookups lookups, TimeProvider time)
{
    public async Task<ReadinessReport> CheckAsync(long accountId, VehicleNumber vehicle, DriverToCheck? driver, bool fresh, CancellationToken cancellationToken)
    {
        var vahanTask = SourceResult.CollectAsync(UlipService.Vahan, lookups.RegistrationAsync(accountId, vehicle, fresh, cancellationToken));
        var detailsTask = SourceResult.CollectAsync(UlipService.VahanDetails, lookups.RegistrationDetailsAsync(accountId, vehicle, fresh, cancellationToken));
        var tagsTask = SourceResult.CollectAsync(UlipService.FastagTag, lookups.TagsOfVehicleAsync(accountId, vehicle, fresh, cancellationToken));
        var challansTask = SourceResult.CollectAsync(UlipService.Echallan, lookups.ChallansAsync(accountId, vehicle, fresh, cancellationToken));
        var sarathiTask = LicenceAsync();
        await Task.WhenAll((Task)vahanTask, detailsTask, tagsTask, challansTask, sarathiTask);

        var (vahan, details, tags, challans, sarathi) = (vahanTask.Result, detailsTask.Result, tagsTask.Result, challansTask.Result, sarathiTask.Result);
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)); // people read it; fractions of a second say nothing
        var today = Ist.Today(now);
        var rc = vahan.Answer is { Found: true } registration ? VahanRecord.Parse(registration.Payload) : null;
        var group = rc is null ? null : VehicleGroups.Of(rc);

        List<ReadinessCheck> checks =
        [
            .. RegistrationChecks.Evaluate(vahan, rc, group, details, today),
            RoadChecks.Fastag(tags, group),
            RoadChecks.Challans(challans),
            .. DriverChecks.Evaluate(sarathi, group, vahan, today),
        ];
        var verdict = checks.Any(c => c.Status == CheckStatus.Fail) ? ReadinessVerdict.NotReady
            : checks.Any(c => c.Status == CheckStatus.Unknown) ? ReadinessVerdict.Unknown
            : ReadinessVerdict.Ready;
        SourceResult[] sources = sarathi is null ? [vahan, details, tags, challans] : [vahan, details, tags, challans, sarathi];

        return new ReadinessReport(
            vehicle.Value,
            driver?.Licence.SarathiForm,
            now.ToIst(),
            verdict,
            Dispatchable: verdict == ReadinessVerdict.Ready,
            Blockers: Details(checks, CheckStatus.Fail),
            Warnings: Details(checks, CheckStatus.Warn),
            Unverified: Details(checks, CheckStatus.Unknown, CheckStatus.Unavailable, CheckStatus.NotChecked),
            checks,
            [.. sources.Select(s => s.Describe())]);

        async Task<SourceResult?> LicenceAsync() => driver is null
            ? null
            : await SourceResult.CollectAsync(UlipService.Sarathi, lookups.LicenceAsync(accountId, driver.Licence, driver.DateOfBirth, fresh, cancellationToken));
    }

    private static List<string> Details(List<ReadinessCheck> checks, params CheckStatus[] statuses) =>
        [.. checks.Where(c => statuses.Contains(c.Status)).Select(c => $"{c.Name}: {c.Detail}")];
}
