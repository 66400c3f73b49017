using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sangam.India;
using Sangam.Sandbox.Faults;

namespace Sangam.Sandbox.Airtel;

/// <summary>
/// The Airtel Locate API (consent-based network location, OpenAPI 1.4.8) under <c>/sandbox/airtel/</c>: OAuth token,
/// consent request and status, resources, and synchronous location of sandbox trucks on Indian highways
/// (<see cref="TruckMovement"/>). Location fetches fail now and then with 502 and 429, as Airtel documents.
/// Control endpoints outside the protocol are in <see cref="AirtelControl"/>.
/// </summary>
public static class AirtelEmulator
{
    public const string FaultName = "airtel";

    private static readonly HashSet<string> Channels = new(StringComparer.Ordinal) { "SMS", "IVR" };
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal) { "EN", "HI", "AS", "BN", "OR", "KN", "ML", "TA", "TE" };

    public static IServiceCollection AddAirtelEmulator(this IServiceCollection services)
    {
        services.AddOptions<AirtelEmulatorOptions>().BindConfiguration(AirtelEmulatorOptions.Section);
        services.AddSingleton<AirtelTokens>();
        services.AddSingleton<AirtelSubscribers>();
        services.AddSingleton<AirtelCallCounts>();
        return services;
    }

    public static IEndpointRouteBuilder MapAirtelEmulator(this IEndpointRouteBuilder sandbox)
    {
        sandbox.MapAirtelControl();

        // Counted before the fault filter, so injected failures show up as the calls they are.
        var customer = sandbox.MapGroup("/airtel/locate/apis/customers/{customerBaId}")
            .AddEndpointFilter(CountCall)
            .AddEndpointFilter(RequireKnownCustomer);
        customer.MapPost("/oauth2_token", IssueToken).WithName("getOrCreateOauthTokenUsingPOST_2").WithFaults(FaultName, isLogin: true);
        customer.MapPost("/resources/consent", InitiateConsent).WithName("initiateConsentUsingPOST_3").WithFaults(FaultName);
        customer.MapGet("/resources/{msisdn}", SearchResource).WithName("searchUsingGET_2").WithFaults(FaultName);
        customer.MapPatch("/resources/{msisdn}", PatchResource).WithName("patchResourceUsingPATCH_3").WithFaults(FaultName);
        customer.MapDelete("/resources/{msisdn}", DeleteResource).WithName("deleteResourceUsingDELETE_3").WithFaults(FaultName);
        customer.MapGet("/resources/{msisdn}/consent", GetConsent).WithName("getConsentUsingGET_2").WithFaults(FaultName);
        customer.MapGet("/resources/{msisdn}/location", GetLocation).WithName("getLocationUsingGET_3").WithFaults(FaultName);
        return sandbox;
    }

    public static IResult IssueToken(AirtelTokenRequest body, AirtelTokens tokens, IOptions<AirtelEmulatorOptions> options)
    {
        if (body.Scope is null || !AirtelTokens.Scopes.Contains(body.Scope))
        {
            return Error(400, "BAD_REQUEST", "Invalid scope");
        }

        return body.ClientId == options.Value.ClientId && body.ClientSecret == options.Value.ClientSecret
            ? Results.Json(tokens.GetOrCreate(body.Scope))
            : Error(401, "UNAUTHORIZED", "Invalid client credentials");
    }

    public static IResult InitiateConsent(
        [FromHeader(Name = "access_token")] string? accessToken, AirtelConsentRequest body,
        AirtelTokens tokens, AirtelSubscribers subscribers, TimeProvider time, IOptions<AirtelEmulatorOptions> options)
    {
        if (!tokens.IsValid(accessToken, "resource"))
        {
            return Unauthorized();
        }

        var channel = body.Channel?.ToUpperInvariant() ?? "SMS";
        var language = body.Language?.ToUpperInvariant() ?? "EN";
        if (body.Msisdn is not { Length: 12 } msisdn || !msisdn.StartsWith("91", StringComparison.Ordinal) || !MobileNumber.TryParse(msisdn, out _))
        {
            return Error(400, "BAD_REQUEST", "The Airtel number must be prefixed with 91 followed by 10 digit mobile number");
        }

        if (!Channels.Contains(channel))
        {
            return Error(400, "BAD_REQUEST", "Invalid channel");
        }

        if (!Languages.Contains(language))
        {
            return Error(400, "BAD_REQUEST", "Invalid language");
        }

        if (ConsentSteering.Of(msisdn) == SubscriberBehaviour.OtherOperator)
        {
            return Error(400, "BAD_REQUEST", "Not an airtel number");
        }

        subscribers.RequestConsent(msisdn, channel, language, time.GetUtcNow(), options.Value.ConsentAnswerDelay);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    public static IResult GetConsent(
        [FromHeader(Name = "access_token")] string? accessToken, string msisdn,
        AirtelTokens tokens, AirtelSubscribers subscribers, TimeProvider time, IOptions<AirtelEmulatorOptions> options)
    {
        if (!tokens.IsValid(accessToken, "resource"))
        {
            return Unauthorized();
        }

        if (Find(subscribers, msisdn) is not { } subscriber)
        {
            return MsisdnNotFound();
        }

        var view = subscriber.ConsentAt(time.GetUtcNow(), options.Value.ConsentAnswerDelay);
        return Results.Json(view.ToWire());
    }

    public static IResult SearchResource(
        [FromHeader(Name = "access_token")] string? accessToken, string msisdn,
        AirtelTokens tokens, AirtelSubscribers subscribers, TimeProvider time, IOptions<AirtelEmulatorOptions> options)
    {
        if (!tokens.IsValid(accessToken, "resource"))
        {
            return Unauthorized();
        }

        if (Find(subscribers, msisdn) is not { } subscriber)
        {
            return MsisdnNotFound();
        }

        var view = subscriber.ConsentAt(time.GetUtcNow(), options.Value.ConsentAnswerDelay);
        return Results.Json(new AirtelResource(subscriber.Msisdn, subscriber.Alias, view.State, subscriber.Language, subscriber.TrackingEnabled,
            subscriber.LastLocatedAt is { } at ? Subscriber.Timestamp(at) : null));
    }

    public static IResult PatchResource(
        [FromHeader(Name = "access_token")] string? accessToken, string msisdn, AirtelResourcePatch body,
        AirtelTokens tokens, AirtelSubscribers subscribers)
    {
        if (!tokens.IsValid(accessToken, "resource"))
        {
            return Unauthorized();
        }

        if (Find(subscribers, msisdn) is not { } subscriber)
        {
            return MsisdnNotFound();
        }

        subscriber.Alias = body.Alias ?? subscriber.Alias;
        subscriber.TrackingEnabled = body.IsTrackingEnabled ?? subscriber.TrackingEnabled;
        return Results.NoContent();
    }

    public static IResult DeleteResource(
        [FromHeader(Name = "access_token")] string? accessToken, string msisdn, AirtelTokens tokens, AirtelSubscribers subscribers)
    {
        if (!tokens.IsValid(accessToken, "resource"))
        {
            return Unauthorized();
        }

        return Find(subscribers, msisdn) is { } subscriber && subscribers.Remove(subscriber.Msisdn) ? Results.NoContent() : MsisdnNotFound();
    }

    public static IResult GetLocation(
        [FromHeader(Name = "access_token")] string? accessToken, string msisdn, string? type,
        AirtelTokens tokens, AirtelSubscribers subscribers, TimeProvider time, IOptions<AirtelEmulatorOptions> options)
    {
        if (!tokens.IsValid(accessToken, "location"))
        {
            return Unauthorized();
        }

        if (type is not (null or "sync" or "async"))
        {
            return Error(400, "BAD_REQUEST", "type must be sync or async");
        }

        if (Find(subscribers, msisdn) is not { } subscriber)
        {
            return MsisdnNotFound();
        }

        var now = time.GetUtcNow();
        if (subscriber.ConsentAt(now, options.Value.ConsentAnswerDelay).State != "ALLOWED")
        {
            return Error(403, "FORBIDDEN", "resource has not given consent");
        }

        if (!subscriber.TrackingEnabled)
        {
            return Error(403, "FORBIDDEN", "tracking is disabled");
        }

        if (type == "async")
        {
            return Error(403, "FORBIDDEN", "callback url is not registered");
        }

        var dice = Random.Shared.NextDouble();
        if (dice < options.Value.NetworkFailureRate)
        {
            return Error(502, "FAILURE", "Error in Fetching location of msisdn because of network error in HLR, MME, MSC");
        }

        if (dice < options.Value.NetworkFailureRate + options.Value.RateLimitRate)
        {
            return Error(429, "TOO_MANY_REQUESTS", "Location fetch rate of the licence exceeded");
        }

        var fix = TruckMovement.At(subscriber.Msisdn, now);
        subscriber.LastLocatedAt = now;
        return Results.Json(new AirtelLocation(
            new AirtelLatLong(fix.Latitude, fix.Longitude, fix.RadiusMetres.ToString(CultureInfo.InvariantCulture)),
            now.ToOffset(new TimeSpan(5, 30, 0)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            "SUCCESS",
            "Location fetched successfully"));
    }

    // Airtel takes the number with or without its 91 prefix.
    internal static Subscriber? Find(AirtelSubscribers subscribers, string msisdn) =>
        MobileNumber.TryParse(msisdn, out var mobile) ? subscribers.Find(mobile.Msisdn) : null;

    private static async ValueTask<object?> CountCall(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>() is { } name)
        {
            context.HttpContext.RequestServices.GetRequiredService<AirtelCallCounts>().Add(name.EndpointName);
        }

        return await next(context);
    }

    private static async ValueTask<object?> RequireKnownCustomer(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = context.HttpContext.RequestServices.GetRequiredService<IOptions<AirtelEmulatorOptions>>().Value.CustomerBaId;
        return context.HttpContext.GetRouteValue("customerBaId") as string == expected
            ? await next(context)
            : Error(404, "NOT_FOUND", "Customer BA ID not found");
    }

    private static IResult Unauthorized() => Error(401, "UNAUTHORIZED", "Invalid or expired access_token");

    internal static IResult MsisdnNotFound() => Error(404, "NOT_FOUND", "Msisdn not found for customer");

    internal static IResult Error(int status, string code, string message) => Results.Json(new AirtelError(code, message), statusCode: status);
}
