using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;
using Sangam.Api.Usage.Metering;
using Sangam.India;

namespace Sangam.Api.SimTracking;

/// <summary>Where drivers are: now, in bulk, and along the stored trail.</summary>
public static class LocationEndpoints
{
    public static readonly TimeSpan MaxTrailRange = TimeSpan.FromDays(31);

    private const string TimePattern = "ISO 8601 with offset (2026-11-26T08:00:00+05:30) or an IST day yyyy-MM-dd";

    public static async Task<Results<Ok<LookupEnvelope<LocationRecord>>, ApiError>> GetLocation(
        string mobile, Caller caller, LocatableDrivers drivers, DriverLocator locator, HttpContext http, CancellationToken cancellationToken)
    {
        if (!MobileNumber.TryParse(mobile, out var number))
        {
            return TrackingLimits.InvalidMobile;
        }

        var driver = await drivers.FindAsync(caller.AccountId, number.Value, cancellationToken);
        if (driver is null)
        {
            return DriverEndpoints.NoSuchDriver();
        }

        var result = await locator.LocateAsync(driver, cancellationToken);
        var outcome = http.Outcome();
        outcome.CacheHit = result.FromStore;
        outcome.Upstream = result switch
        {
            { FromStore: true } or { Status: LocateStatus.NoConsent, RecheckConsent: false } => null,
            { Failure: { } failure } => failure.Outcome,
            _ => UpstreamOutcome.Found,
        };
        if (!await locator.SaveAsync(caller.AccountId, [(driver, result)], cancellationToken))
        {
            return DriverEndpoints.NoSuchDriver();
        }

        return result switch
        {
            { Status: LocateStatus.Located, Fix: { } fix } => TypedResults.Ok(Lookup.Flat(DriverViews.Location(driver.Mobile, fix))),
            { Status: LocateStatus.NoConsent } => ApiError.Forbidden(result.Message!),
            _ => ApiError.ForUpstream(result.Failure!),
        };
    }

    public static async Task<Results<Ok<LookupEnvelope<BulkLocationItem>>, ApiError>> GetBulkLocation(
        BulkLocationRequest body, Caller caller, BulkLocator bulk, HttpContext http, CancellationToken cancellationToken)
    {
        if (body.Mobiles is not { Count: > 0 and <= TrackingLimits.MaxBulkMobiles } mobiles)
        {
            return ApiError.BadRequest($"Data format failed OR wrong value entered at: mobiles. Send 1 to {TrackingLimits.MaxBulkMobiles} mobile numbers.");
        }

        var items = await bulk.LocateAsync(caller.AccountId, mobiles, cancellationToken);
        http.Outcome().Upstream = items.Any(i => i.Response.Status == BulkLocationStatus.OperatorFailed) ? UpstreamOutcome.Failed : UpstreamOutcome.Found;
        return TypedResults.Ok(Lookup.Items(items));
    }

    public static async Task<Results<Ok<LookupEnvelope<TrailRecord>>, ApiError>> GetTrail(
        string mobile,
        string? from,
        string? to,
        Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!MobileNumber.TryParse(mobile, out var number))
        {
            return TrackingLimits.InvalidMobile;
        }

        if (!TryParseInstant(to, endOfDay: true, out var end))
        {
            return ApiError.InvalidField("to", TimePattern);
        }

        if (!TryParseInstant(from, endOfDay: false, out var start))
        {
            return ApiError.InvalidField("from", TimePattern);
        }

        var last = end ?? time.GetUtcNow();
        var first = start ?? last.AddDays(-1);
        if (first > last || last - first > MaxTrailRange)
        {
            return ApiError.BadRequest($"'from' must be before 'to' and the range at most {MaxTrailRange.TotalDays:0} days.");
        }

        var driverId = await db.Drivers.Live(caller.AccountId).Where(d => d.Mobile == number.Value).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (driverId is null)
        {
            return DriverEndpoints.NoSuchDriver();
        }

        var points = await db.DriverPositions.AsNoTracking()
            .Where(p => p.DriverId == driverId && p.LocatedAt >= first && p.LocatedAt <= last)
            .OrderBy(p => p.LocatedAt)
            .Select(p => new { p.Latitude, p.Longitude, p.AccuracyM, p.LocatedAt })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Lookup.Flat(new TrailRecord(number.Value, first.ToWire(), last.ToWire(), points.Count,
            [.. points.Select(p => new TrailPoint(p.Latitude, p.Longitude, p.AccuracyM, p.LocatedAt.ToWire()))])));
    }

    // A '+' in a query string arrives as a space unless the client encoded it; both spellings are accepted.
    private static bool TryParseInstant(string? text, bool endOfDay, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var value = text.Trim().Replace(' ', '+');
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = Ist.FromWallClock(day.ToDateTime(TimeOnly.MinValue));
            instant = (endOfDay ? start.AddDays(1).AddTicks(-1) : start).ToUniversalTime();
            return true;
        }

        if (value.Length > 10 && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && (value.EndsWith('Z') || value[^6] is '+' or '-'))
        {
            instant = parsed.ToUniversalTime();
            return true;
        }

        return false;
    }
}
