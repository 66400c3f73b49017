using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;
using Sangam.Api.SimTracking.Consent;
using Sangam.India;

namespace Sangam.Api.SimTracking;

/// <summary>A driver's consent: its status and history, and asking again.</summary>
public static class ConsentEndpoints
{
    public static async Task<Results<Ok<LookupEnvelope<ConsentRecord>>, ApiError>> GetConsent(
        string mobile, Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!MobileNumber.TryParse(mobile, out var number))
        {
            return TrackingLimits.InvalidMobile;
        }

        var driver = await db.Drivers.Live(caller.AccountId).AsNoTracking().FirstOrDefaultAsync(d => d.Mobile == number.Value, cancellationToken);
        if (driver is null)
        {
            return DriverEndpoints.NoSuchDriver();
        }

        var events = await db.ConsentEvents.AsNoTracking()
            .Where(e => e.DriverId == driver.Id)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Lookup.Flat(driver.ToConsentRecord(events, time.GetUtcNow())));
    }

    public static async Task<Results<Ok<LookupEnvelope<ConsentRecord>>, ApiError>> RequestConsentAgain(
        string mobile, Caller caller, SangamDb db, LocatableDrivers drivers, ConsentRequester requester, ConsentWebhooks webhooks, TimeProvider time,
        IOptions<TrackingOptions> options, CancellationToken cancellationToken)
    {
        if (!MobileNumber.TryParse(mobile, out var number))
        {
            return TrackingLimits.InvalidMobile;
        }

        var driver = await db.Drivers.Live(caller.AccountId).FirstOrDefaultAsync(d => d.Mobile == number.Value, cancellationToken);
        if (driver is null)
        {
            return DriverEndpoints.NoSuchDriver();
        }

        var now = time.GetUtcNow();
        if (ConsentRules.Effective(driver.ConsentStatus, driver.ConsentValidTill, now) == ConsentStatus.Allowed)
        {
            return ApiError.Conflict($"Consent is already ALLOWED until {driver.ConsentValidTill.ToWire():yyyy-MM-dd HH:mm} IST; there is nothing to ask.");
        }

        var wait = driver.ConsentRequestedAt + options.Value.ConsentResendInterval - now;
        if (wait > TimeSpan.Zero)
        {
            return ApiError.TooManyRequests(wait, "The consent request was sent recently; drivers are not asked more often than every "
                + $"{options.Value.ConsentResendInterval.TotalMinutes:0} minutes. Retry after the time given in Retry-After.");
        }

        // Claimed like the consent process claims work, so a check running on another node cannot overwrite this request.
        var leaseUntil = now + options.Value.Consent.LeaseDuration;
        var claimed = await db.Drivers
            .Where(d => d.Id == driver.Id && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseExpiresAt, leaseUntil), cancellationToken);
        if (claimed == 0)
        {
            return ApiError.Conflict("The driver's consent is being checked right now; retry in a few seconds.");
        }

        db.Entry(driver).Property(d => d.LeaseExpiresAt).OriginalValue = leaseUntil; // so releasing it below is saved

        driver.ConsentRequestedAt = now;
        driver.ConsentRequestSentAt = null;
        driver.ConsentValidTill = null;
        driver.ConsentDetail = null;
        driver.CheckAttempts = 0;
        driver.NextCheckAt = now;
        driver.RecordConsent(ConsentStatus.Pending, ConsentEventSource.Customer, "Consent requested again", now);
        await requester.SendAsync(driver, cancellationToken);
        driver.LeaseExpiresAt = null;
        await webhooks.QueueAsync(driver, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await drivers.EvictAsync(caller.AccountId, driver.Mobile);

        var events = await db.ConsentEvents.AsNoTracking().Where(e => e.DriverId == driver.Id)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(Lookup.Flat(driver.ToConsentRecord(events, now)));
    }
}
