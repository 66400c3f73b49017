using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.Usage.Metering;
using Sangam.Api.Vehicles.Bulk;
using Sangam.Api.Vehicles.Caching;
using Sangam.Api.Vehicles.Readiness;
using Sangam.India;
using Sangam.India.Vehicles;

namespace Sangam.Api.Vehicles;

/// <summary>
/// Vehicle and driver checks (platform-api.md §3): VAHAN, SARATHI, FASTag crossings and tag details, e-Challan, each
/// over ULIP through a shared cache, and the dispatch readiness verdict built on them.
/// </summary>
public static class VehiclesApi
{
    private const string Caching = " Answers are cached per account (X-Cache: HIT or MISS, Age on hits); send Cache-Control: no-cache for a fresh upstream call."
        + " Failures are never cached. A failing upstream answers 502, one that does not answer in time 504, and a request ULIP refuses as invalid"
        + " 400, each in the error envelope quoting ULIP, with \"retryable\" saying whether the same request may succeed later.";

    private const string FlatAndWrapped = "Envelope A with envelope B's keys as well: the documented flat response, error, code and message, plus "
        + "\"success\": true and data carrying the same four, so clients that read response[0] and clients that read data.response[0] both work. ";

    /// <summary>The operation id of the readiness check, as usage reports it (a bulk job's rows are metered under it too).</summary>
    public const string ReadinessOperation = "vehicleReadiness";

    public static IHostApplicationBuilder AddVehicles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddUlipConnector();
        builder.Services.AddOptions<LookupCacheOptions>().BindConfiguration(LookupCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LookupStore>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<LookupStore>());
        builder.Services.AddSingleton<SharedFlight>();
        builder.Services.AddSingleton<LookupCache>();
        builder.Services.AddSingleton<VehicleLookups>();
        builder.Services.AddSingleton<DispatchReadiness>();
        builder.Services.AddBulkReadiness();
        return builder;
    }

    public static IEndpointRouteBuilder MapVehicles(this IEndpointRouteBuilder app)
    {
        var sbt = app.MapGroup("/api/v2/sbt").WithTags("Vehicle and driver checks").RequireFamily(ApiFamily.Vehicles).ProducesErrors(502, 504);
        sbt.MapPost("/VAHAN/", Vahan).WithName("vahanLookup")
            .WithSummary("Registration certificate (RC) from VAHAN")
            .WithDescription(FlatAndWrapped + "The payload is VAHAN/01's XML string (root VehicleDetails, rc_* elements, dates as the state writes "
                + "them, owner names masked); it carries no PUC certificate and no permit. Not found: HTTP 200 with the payload \"Vehicle Details not Found\" "
                + "and responseStatus ERROR, whichever way ULIP said it. A record of another vehicle than the one asked for is an upstream failure (502)." + Caching)
            .WithJsonExamples(LookupExamples.VehicleRequest, ("found", LookupExamples.Vahan), ("not found", LookupExamples.VahanNotFound));
        sbt.MapPost("/SARATHI/", Sarathi).WithName("sarathiLookup")
            .WithSummary("Driving licence from SARATHI")
            .WithDescription(FlatAndWrapped + "The payload is SARATHI's answer: dldetobj[0] with bioObj, dlobj and dlcovs[] (class codes as SARATHI "
                + "pads them). Not found (unknown licence or wrong date of birth; SARATHI's errorcd -1): HTTP 200 with the payload \"DL Details not Found\" "
                + "and responseStatus ERROR." + Caching)
            .WithJsonExamples(LookupExamples.SarathiRequest, ("found", LookupExamples.Sarathi), ("not found", LookupExamples.SarathiNotFound));
        sbt.MapPost("/FASTAG/", FastagCrossings).WithName("fastagCrossings")
            .WithSummary("FASTag toll crossings of the last 72 hours")
            .WithDescription("Envelope B (wrapped), as the hosted platform answers in live traffic; its public documentation shows envelope A for "
                + "this endpoint. Every leaf value is a string; readerReadTime is IST. No crossing in the window: vehicle.errCode \"740\"." + Caching)
            .WithJsonExamples(LookupExamples.VehicleRequest, ("found", LookupExamples.Crossings), ("no crossings", LookupExamples.CrossingsNotFound));
        sbt.MapPost("/FASTAG/02", FastagTag).WithName("fastagTagDetails")
            .WithSummary("FASTag details by vehicle number or tag id")
            .WithDescription("Envelope B. Send exactly one of vehiclenumber and tagid. The payload lists each tag's name/value pairs under "
                + "vehicle.vehicledetails[].detail[]; TAGSTATUS is A (active), I (inactive), B, H, C, L or E. Not in the FASTag system: vehicle.errCode \"239\"." + Caching)
            .WithJsonExamples(LookupExamples.TagRequest, ("found", LookupExamples.Tag), ("not found", LookupExamples.TagNotFound));
        sbt.MapPost("/ECHALLAN/", Echallan).WithName("echallanLookup")
            .WithSummary("Pending and disposed e-challans")
            .WithDescription("Envelope B. The payload is data.Pending_data[] and data.Disposed_data[] as the state sends them (value types vary "
                + "by state; unknown keys are kept). None: code \"305\" \"No Records Found!\" inside a SUCCESS item." + Caching)
            .WithJsonExamples(LookupExamples.VehicleRequest, ("found", LookupExamples.Challans), ("none", LookupExamples.ChallansNotFound));

        app.MapGroup("/api/v2/pod").WithTags("Vehicle and driver checks").RequireFamily(ApiFamily.Vehicles)
            .MapPost("/vehicle-readiness", CheckReadiness).WithName(ReadinessOperation)
            .WithSummary("May this vehicle and driver be dispatched?")
            .WithDescription("Asks VAHAN/01, VAHAN/04, FASTag, e-Challan and (with dlnumber and dob) SARATHI in parallel and judges the RC status, "
                + "registration validity, fitness, insurance, road tax and blacklist (VAHAN/01), the PUC certificate (VAHAN/04, as VAHAN/01 carries none), "
                + "the FASTag's status, pending e-challans, and the licence's status, validity and classes against today (IST). Each check carries its "
                + "evidence; blockers, warnings and unverified checks are summarised. A check no ULIP service can answer (the permit) is unavailable: "
                + "listed as unverified, it does not change the verdict. An upstream that fails, or a record that lacks a field it normally carries, "
                + "makes its checks unknown (verdict unknown unless something else fails) instead of failing the answer. Upstream answers come "
                + "through the same cache as the lookups; Cache-Control: no-cache refreshes them.")
            .WithJsonExamples(LookupExamples.ReadinessRequest, ("not ready", LookupExamples.Readiness));
        app.MapBulkReadiness();
        return app;
    }

    public static async Task<Results<Ok<FlatAndWrappedLookupEnvelope<JsonElement>>, ApiError>> Vahan(
        VehicleNumberBody body, Caller caller, VehicleLookups lookups, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (!VehicleNumber.TryParse(body.VehicleNumber, out var vehicle))
        {
            return InvalidVehicleNumber;
        }

        return await LookupResponses.RespondAsync(http, time, UlipService.Vahan,
            lookups.RegistrationAsync(caller.AccountId, vehicle, http.WantsFreshAnswer(), cancellationToken), Lookup.FlatAndWrapped);
    }

    public static async Task<Results<Ok<FlatAndWrappedLookupEnvelope<JsonElement>>, ApiError>> Sarathi(
        DrivingLicenceBody body, Caller caller, VehicleLookups lookups, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (!DrivingLicence.TryParse(body.DlNumber, out var licence))
        {
            return InvalidLicence;
        }

        if (!DateOfBirth.TryParse(body.Dob, Ist.Today(time.GetUtcNow()), out var dob))
        {
            return InvalidDateOfBirth;
        }

        return await LookupResponses.RespondAsync(http, time, UlipService.Sarathi,
            lookups.LicenceAsync(caller.AccountId, licence, dob, http.WantsFreshAnswer(), cancellationToken), Lookup.FlatAndWrapped);
    }

    public static async Task<Results<Ok<WrappedLookupEnvelope<JsonElement>>, ApiError>> FastagCrossings(
        VehicleNumberBody body, Caller caller, VehicleLookups lookups, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (!VehicleNumber.TryParse(body.VehicleNumber, out var vehicle))
        {
            return InvalidVehicleNumber;
        }

        return await LookupResponses.RespondAsync(http, time, UlipService.FastagCrossings,
            lookups.TollCrossingsAsync(caller.AccountId, vehicle, http.WantsFreshAnswer(), cancellationToken), Lookup.Wrapped);
    }

    public static async Task<Results<Ok<WrappedLookupEnvelope<JsonElement>>, ApiError>> FastagTag(
        FastagTagBody body, Caller caller, VehicleLookups lookups, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var fresh = http.WantsFreshAnswer();
        switch (string.IsNullOrWhiteSpace(body.VehicleNumber), string.IsNullOrWhiteSpace(body.TagId))
        {
            case (false, false):
                return ApiError.BadRequest("Send either vehiclenumber or tagid, not both.");
            case (true, true):
                return ApiError.BadRequest("Send vehiclenumber or tagid: neither was given.");
            case (false, true):
                return VehicleNumber.TryParse(body.VehicleNumber, out var vehicle)
                    ? await LookupResponses.RespondAsync(http, time, UlipService.FastagTag, lookups.TagsOfVehicleAsync(caller.AccountId, vehicle, fresh, cancellationToken), Lookup.Wrapped)
                    : InvalidVehicleNumber;
            default:
                return FastagTagId.TryParse(body.TagId, out var tag)
                    ? await LookupResponses.RespondAsync(http, time, UlipService.FastagTag, lookups.TagAsync(caller.AccountId, tag, fresh, cancellationToken), Lookup.Wrapped)
                    : ApiError.InvalidField("tagid", FastagTagId.Pattern, "e.g. " + FastagTagId.Example);
        }
    }

    public static async Task<Results<Ok<WrappedLookupEnvelope<JsonElement>>, ApiError>> Echallan(
        VehicleNumberBody body, Caller caller, VehicleLookups lookups, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (!VehicleNumber.TryParse(body.VehicleNumber, out var vehicle))
        {
            return InvalidVehicleNumber;
        }

        return await LookupResponses.RespondAsync(http, time, UlipService.Echallan,
            lookups.ChallansAsync(caller.AccountId, vehicle, http.WantsFreshAnswer(), cancellationToken), Lookup.Wrapped);
    }

    public static async Task<Results<Ok<ReadinessReport>, ApiError>> CheckReadiness(
        ReadinessBody body, Caller caller, DispatchReadiness readiness, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        if (!body.TryRead(Ist.Today(time.GetUtcNow()), out var vehicle, out var driver, out var invalid))
        {
            return invalid;
        }

        var report = await readiness.CheckAsync(caller.AccountId, vehicle, driver, http.WantsFreshAnswer(), cancellationToken);
        RecordSources(http, report);
        return TypedResults.Ok(report);
    }

    private static void RecordSources(HttpContext http, ReadinessReport report)
    {
        var outcome = http.Outcome();
        (outcome.CacheHit, outcome.Upstream) = (report.CacheHit, report.UpstreamOutcome);
        http.Response.Headers[LookupResponses.CacheHeader] = report.CacheHit ? "HIT" : "MISS";
    }

    internal static ApiError InvalidVehicleNumber => ApiError.InvalidField("vehiclenumber", VehicleNumber.Pattern, "e.g. " + VehicleNumber.Example);

    internal static ApiError InvalidLicence => ApiError.InvalidField("dlnumber", DrivingLicence.Pattern, "e.g. " + DrivingLicence.Example);

    internal static ApiError InvalidDateOfBirth => ApiError.InvalidField("dob", DateOfBirth.Pattern, "e.g. " + DateOfBirth.Example);
}
