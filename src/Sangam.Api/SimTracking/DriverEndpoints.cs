using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;
using Sangam.Api.SimTracking.Consent;
using Sangam.India;
using Sangam.India.Vehicles;

namespace Sangam.Api.SimTracking;

/// <summary>Add, list, read and delete drivers.</summary>
public static class DriverEndpoints
{
    public const int MaxPageSize = 500;
    public const string ConsentStatusPattern = "^(PENDING|ALLOWED|REJECTED|EXPIRED|FAILED)$";

    public static async Task<Results<Created<LookupEnvelope<DriverRecord>>, Ok<LookupEnvelope<DriverRecord>>, ApiError>> AddDriver(
        AddDriverRequest body, Caller caller, SangamDb db, OperatorDirectory operators, ConsentRequester requester, ConsentWebhooks webhooks,
        TimeProvider time, IOptions<TrackingOptions> options, CancellationToken cancellationToken)
    {
        var (input, problem) = Validate(body);
        if (problem is not null)
        {
            return problem;
        }

        var (mobile, name, vehicle, channel, language) = input!.Value;
        if (operators.All.Count == 0)
        {
            return ApiError.ForStatus(StatusCodes.Status503ServiceUnavailable, "No mobile operator is configured on this server for SIM tracking.");
        }

        var now = time.GetUtcNow();
        if (await db.Drivers.Live(caller.AccountId).FirstOrDefaultAsync(d => d.Mobile == mobile.Value, cancellationToken) is { } existing)
        {
            return TypedResults.Ok(Lookup.Flat(await UpdateAsync(db, existing, name, vehicle, now, cancellationToken)));
        }

        // Held under a lease while the request goes out inline; if that fails, the consent process sends it later.
        var driver = new Driver
        {
            AccountId = caller.AccountId,
            Mobile = mobile.Value,
            Name = name,
            VehicleNumber = vehicle,
            ConsentChannel = channel,
            Language = language,
            ConsentRequestedAt = now,
            NextCheckAt = now,
            LeaseExpiresAt = now + options.Value.Consent.LeaseDuration,
            CreatedAt = now,
        };
        driver.RecordConsent(ConsentStatus.Pending, ConsentEventSource.Customer, "Driver added", now);
        db.Drivers.Add(driver);
        await webhooks.QueueAsync(driver, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same driver was added by a concurrent request: answer as a repeat.
            db.ChangeTracker.Clear();
            var winner = await db.Drivers.Live(caller.AccountId).FirstAsync(d => d.Mobile == mobile.Value, cancellationToken);
            return TypedResults.Ok(Lookup.Flat(await UpdateAsync(db, winner, name, vehicle, now, cancellationToken)));
        }

        await requester.SendAsync(driver, cancellationToken);
        driver.LeaseExpiresAt = null;
        await webhooks.QueueAsync(driver, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v2/sim-tracking/drivers/{mobile.Value}", Lookup.Flat(driver.ToRecord(now)));
    }

    public static async Task<Results<Ok<LookupEnvelope<DriverPage>>, ApiError>> ListDrivers(
        [FromQuery(Name = "consent_status")] string? consentStatus,
        int? page,
        [FromQuery(Name = "page_size")] int? pageSize,
        Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var number = page ?? 1;
        var size = pageSize ?? 100;
        if (number < 1)
        {
            return ApiError.InvalidField("page", "^[1-9][0-9]*$");
        }

        if (size is < 1 or > MaxPageSize)
        {
            return ApiError.InvalidField("page_size", "^([1-9][0-9]?|[1-4][0-9]{2}|500)$");
        }

        var drivers = db.Drivers.Live(caller.AccountId).AsNoTracking();
        if (consentStatus is not null)
        {
            if (!Enum.TryParse<ConsentStatus>(consentStatus.Trim(), ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                return ApiError.InvalidField("consent_status", ConsentStatusPattern);
            }

            // EXPIRED includes allowed consents past their validity that the process has not recorded yet.
            drivers = status switch
            {
                ConsentStatus.Allowed => drivers.Where(d => d.ConsentStatus == ConsentStatus.Allowed && (d.ConsentValidTill == null || d.ConsentValidTill > now)),
                ConsentStatus.Expired => drivers.Where(d => d.ConsentStatus == ConsentStatus.Expired
                    || (d.ConsentStatus == ConsentStatus.Allowed && d.ConsentValidTill != null && d.ConsentValidTill <= now)),
                _ => drivers.Where(d => d.ConsentStatus == status),
            };
        }

        var count = await drivers.CountAsync(cancellationToken);
        var rows = await drivers.OrderBy(d => d.Id).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(Lookup.Flat(new DriverPage(count, number, size, [.. rows.Select(d => d.ToRecord(now))])));
    }

    public static async Task<Results<Ok<LookupEnvelope<DriverRecord>>, ApiError>> GetDriver(
        string mobile, Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!MobileNumber.TryParse(mobile, out var number))
        {
            return TrackingLimits.InvalidMobile;
        }

        var driver = await db.Drivers.Live(caller.AccountId).AsNoTracking().FirstOrDefaultAsync(d => d.Mobile == number.Value, cancellationToken);
        return driver is null ? NoSuchDriver() : TypedResults.Ok(Lookup.Flat(driver.ToRecord(time.GetUtcNow())));
    }

    public static async Task<Results<Ok<LookupEnvelope<DeletedDriver>>, ApiError>> DeleteDriver(
        string mobile, Caller caller, SangamDb db, DriverErasure erasure, CancellationToken cancellationToken)
    {
        if (!MobileNumber.TryParse(mobile, out var number))
        {
            return TrackingLimits.InvalidMobile;
        }

        var id = await db.Drivers.Live(caller.AccountId).Where(d => d.Mobile == number.Value).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return NoSuchDriver();
        }

        var result = await erasure.EraseAsync(caller.AccountId, id.Value, number.Value, cancellationToken);
        return TypedResults.Ok(Lookup.Flat(new DeletedDriver(number.Value, Deleted: true, result.OperatorReleased, result.PositionsErased)));
    }

    internal static ApiError NoSuchDriver() => ApiError.NotFound("No driver with this mobile in your account.");

    private static async Task<DriverRecord> UpdateAsync(SangamDb db, Driver driver, string name, string? vehicle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        driver.Name = name;
        driver.VehicleNumber = vehicle ?? driver.VehicleNumber;
        await db.SaveChangesAsync(cancellationToken);
        return driver.ToRecord(now);
    }

    private readonly record struct NewDriver(MobileNumber Mobile, string Name, string? Vehicle, ConsentChannel Channel, string Language);

    private static (NewDriver? Input, ApiError? Problem) Validate(AddDriverRequest body)
    {
        if (!MobileNumber.TryParse(body.Mobile, out var mobile))
        {
            return (null, TrackingLimits.InvalidMobile);
        }

        var name = body.DriverName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > TrackingLimits.NameLength)
        {
            return (null, ApiError.InvalidField("driver_name", TrackingLimits.NamePattern));
        }

        string? vehicle = null;
        if (!string.IsNullOrWhiteSpace(body.VehicleNumber))
        {
            if (!VehicleNumber.TryParse(body.VehicleNumber, out var parsed))
            {
                return (null, ApiError.InvalidField("vehicle_number", VehicleNumber.Pattern, "e.g. " + VehicleNumber.Example));
            }

            vehicle = parsed.Value;
        }

        if (!TrackingLimits.TryParseChannel(body.ConsentChannel, out var channel))
        {
            return (null, ApiError.InvalidField("consent_channel", TrackingLimits.ChannelPattern));
        }

        var language = string.IsNullOrWhiteSpace(body.Language) ? "EN" : body.Language.Trim().ToUpperInvariant();
        return TrackingLimits.Languages.Contains(language)
            ? (new NewDriver(mobile, name, vehicle, channel, language), null)
            : (null, ApiError.InvalidField("language", TrackingLimits.LanguagePattern));
    }
}
