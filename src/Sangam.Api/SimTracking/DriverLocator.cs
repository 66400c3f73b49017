using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Data;
using Sangam.Api.Http.Errors;
using Sangam.Api.SimTracking.Consent;
using Sangam.Api.Webhooks;
using Sangam.India;

namespace Sangam.Api.SimTracking;

public sealed record StoredFix(double Latitude, double Longitude, int AccuracyM, DateTimeOffset LocatedAt);

/// <summary>What locating a driver needs, read in one query with its latest stored position.</summary>
public sealed record LocatableDriver(
    long Id, string Mobile, string? Operator, ConsentStatus ConsentStatus, DateTimeOffset ConsentRequestedAt,
    DateTimeOffset? ConsentValidTill, string? ConsentDetail,
    DateTimeOffset? LatestAt, double? LatestLatitude, double? LatestLongitude, int? LatestAccuracyM)
{
    // The latest position as scalar subqueries: each is one seek on (driver_id, located_at). Projecting the row
    // itself makes SQLite number every stored position of every driver first.
    public static readonly Expression<Func<Driver, LocatableDriver>> FromDriver = d => new LocatableDriver(
        d.Id, d.Mobile, d.Operator, d.ConsentStatus, d.ConsentRequestedAt, d.ConsentValidTill, d.ConsentDetail,
        d.Positions.OrderByDescending(p => p.LocatedAt).ThenByDescending(p => p.Id).Select(p => (DateTimeOffset?)p.LocatedAt).FirstOrDefault(),
        d.Positions.OrderByDescending(p => p.LocatedAt).ThenByDescending(p => p.Id).Select(p => (double?)p.Latitude).FirstOrDefault(),
        d.Positions.OrderByDescending(p => p.LocatedAt).ThenByDescending(p => p.Id).Select(p => (double?)p.Longitude).FirstOrDefault(),
        d.Positions.OrderByDescending(p => p.LocatedAt).ThenByDescending(p => p.Id).Select(p => (int?)p.AccuracyM).FirstOrDefault());

    /// <summary>
    /// A live driver of an account by mobile number, read when a location call misses the node's cache
    /// (<see cref="LocatableDrivers"/>). Its latest position is joined on
    /// the one id a subquery finds (SQLite prepares every statement afresh, and preparing four subqueries cost more
    /// than running them), and the query is compiled once, so a call does not walk its expression to find it in EF's
    /// query cache.
    /// </summary>
    public static readonly Func<SangamDb, long, string, CancellationToken, Task<LocatableDriver?>> FindLive = EF.CompileAsyncQuery(
        (SangamDb db, long accountId, string mobile, CancellationToken _) =>
            (from d in db.Drivers.AsNoTracking()
             where d.AccountId == accountId && d.DeletedAt == null && d.Mobile == mobile
             join latest in db.DriverPositions.AsNoTracking()
                 on d.Positions.OrderByDescending(x => x.LocatedAt).ThenByDescending(x => x.Id).Select(x => (long?)x.Id).FirstOrDefault() equals latest.Id
                 into positions
             from p in positions.DefaultIfEmpty()
             select new LocatableDriver(
                 d.Id, d.Mobile, d.Operator, d.ConsentStatus, d.ConsentRequestedAt, d.ConsentValidTill, d.ConsentDetail,
                 p == null ? null : p.LocatedAt, p == null ? null : p.Latitude, p == null ? null : p.Longitude, p == null ? null : p.AccuracyM))
            .FirstOrDefault());

    public StoredFix? Latest => LatestAt is { } at ? new StoredFix(LatestLatitude!.Value, LatestLongitude!.Value, LatestAccuracyM!.Value, at) : null;
}

public enum LocateStatus
{
    Located,
    NoConsent,
    OperatorFailed,
}

/// <summary>
/// The outcome of locating one driver. <c>FromStore</c>: the stored position was fresh enough and the operator was not
/// asked. <c>RecheckConsent</c>: the operator denied a consent the platform believed allowed, so it is checked again.
/// </summary>
public sealed record LocateResult(
    LocateStatus Status, StoredFix? Fix = null, bool FromStore = false, string? Message = null, UpstreamFailure? Failure = null, bool RecheckConsent = false);

/// <summary>
/// Locates drivers, single or in bulk. Consent is checked first, every time: no position, stored or fresh, leaves
/// without an ALLOWED consent that is still valid. A stored position younger than <see cref="TrackingOptions.FreshFor"/>
/// is served without asking the operator. <see cref="LocateAsync"/> may run concurrently; <see cref="SaveAsync"/> may not.
/// </summary>
public sealed partial class DriverLocator(
    SangamDb db, LocatableDrivers drivers, OperatorDirectory operators, WebhookOutbox webhooks, TimeProvider time, IOptions<TrackingOptions> options,
    ILogger<DriverLocator> logger)
{
    public async Task<LocateResult> LocateAsync(LocatableDriver driver, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var status = ConsentRules.Effective(driver.ConsentStatus, driver.ConsentValidTill, now);
        if (status != ConsentStatus.Allowed)
        {
            return new LocateResult(LocateStatus.NoConsent, Message: ConsentRules.WhyNoLocation(status, driver.ConsentRequestedAt, driver.ConsentValidTill, driver.ConsentDetail));
        }

        if (driver.Latest is { } stored && now - stored.LocatedAt <= options.Value.FreshFor)
        {
            return new LocateResult(LocateStatus.Located, stored, FromStore: true);
        }

        if (operators.Find(driver.Operator) is not { } connector)
        {
            return Failed(UpstreamFailure.Refused(driver.Operator ?? "operator", "it is not configured on this server"));
        }

        var located = await connector.LocateAsync(MobileNumber.Parse(driver.Mobile).Value, cancellationToken);
        if (located.Failure is { } failure)
        {
            return Failed(failure);
        }

        return located.Value is { Outcome: LocationOutcome.Located, Fix: { } fix }
            ? new LocateResult(LocateStatus.Located, new StoredFix(fix.Latitude, fix.Longitude, fix.AccuracyMetres, fix.LocatedAt))
            : new LocateResult(LocateStatus.NoConsent, RecheckConsent: true,
                Message: $"{connector.DisplayName} reports no consent for this number ({located.Value.Message}); the driver may have revoked it. The consent is being checked again.");

        static LocateResult Failed(UpstreamFailure failure) =>
            new(LocateStatus.OperatorFailed, Message: ApiError.ForUpstream(failure).Message, Failure: failure);
    }

    /// <summary>
    /// Stores the positions the operator gave, with a <c>driver.location.updated</c> webhook event for each when the
    /// account subscribes, and schedules a consent check where the operator denied consent. The drivers given a new
    /// position are evicted from every node's cache, so the next read anywhere serves it. False when a driver was
    /// deleted meanwhile.
    /// </summary>
    public async Task<bool> SaveAsync(long accountId, IReadOnlyCollection<(LocatableDriver Driver, LocateResult Result)> located, CancellationToken cancellationToken)
    {
        var recheck = located.Where(l => l.Result.RecheckConsent).Select(l => l.Driver.Id).ToList();
        if (recheck.Count > 0)
        {
            var now = time.GetUtcNow();
            await db.Drivers.Where(d => recheck.Contains(d.Id) && d.DeletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextCheckAt, now), cancellationToken);
        }

        var fresh = located
            .Where(l => l.Result is { Status: LocateStatus.Located, FromStore: false, Fix: not null })
            .Select(l => (l.Driver, Fix: l.Result.Fix!))
            .ToList();
        if (fresh.Count == 0)
        {
            // Served from the store or refused: nothing to write, so no transaction on the hot path.
            return true;
        }

        db.DriverPositions.AddRange(fresh.Select(l => new DriverPosition
        {
            DriverId = l.Driver.Id, Latitude = l.Fix.Latitude, Longitude = l.Fix.Longitude, AccuracyM = l.Fix.AccuracyM, LocatedAt = l.Fix.LocatedAt,
        }));
        var deliveries = await webhooks.QueueAsync(
            accountId, WebhookEvents.DriverLocationUpdated, [.. fresh.Select(l => DriverViews.Location(l.Driver.Mobile, l.Fix))], cancellationToken);
        foreach (var (delivery, driver) in deliveries.Zip(fresh, (delivery, l) => (delivery, l.Driver)))
        {
            delivery.DriverId = driver.Id;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            LogNotStored(logger, e);
            db.ChangeTracker.Clear();
            return false;
        }

        foreach (var (driver, _) in fresh)
        {
            await drivers.EvictAsync(accountId, driver.Mobile);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Located positions were not stored (a driver was deleted meanwhile)")]
    private static partial void LogNotStored(ILogger logger, Exception exception);
}
