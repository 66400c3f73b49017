using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Hosting;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.SimTracking.Consent;
using Sangam.Api.Webhooks;

namespace Sangam.Api.SimTracking;

/// <summary>
/// Consent-based SIM tracking of drivers (platform-api.md §4): the driver's mobile operator asks for consent by SMS
/// or IVR and, once it is ALLOWED, locates the phone from its network. No app on the phone.
/// </summary>
public static class SimTrackingApi
{
    public const string DriverPath = "/drivers/{mobile}";

    public static IHostApplicationBuilder AddSimTracking(this IHostApplicationBuilder builder)
    {
        builder.AddOperatorConnectors();
        var services = builder.Services;
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ConsentRequester>();
        services.AddScoped<ConsentStep>();
        services.AddScoped<DriverErasure>();
        services.AddSingleton<LocatableDrivers>();
        services.AddScoped<DriverLocator>();
        services.AddScoped<BulkLocator>();
        services.AddSingleton<ConsentWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ConsentWorker>());
        services.AddScoped<ConsentWebhooks>();
        services.AddSingleton<IExpiredDataCleanup, PositionHistoryCleanup>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSimTracking(this IEndpointRouteBuilder app)
    {
        var tracking = app.MapGroup("/api/v2/sim-tracking").WithTags("SIM tracking").RequireFamily(ApiFamily.SimTracking);

        tracking.MapPost("/drivers/", DriverEndpoints.AddDriver).WithName("addDriver")
            .WithSummary("Add a driver and ask the driver's operator for consent (idempotent per mobile)")
            .WithDescription("201 for a new driver, 200 with the existing driver (name and vehicle updated, no new consent request) when the mobile is already tracked by the account.")
            .WithJsonExamples(TrackingOpenApi.AddDriverRequest, ("driver", TrackingOpenApi.Driver))
            .ProducesErrors(503);
        tracking.MapGet("/drivers/", DriverEndpoints.ListDrivers).WithName("listDrivers")
            .WithSummary("The account's drivers with their consent state")
            .WithParameters(TrackingOpenApi.ListParameters).WithJsonExamples(null, ("drivers", TrackingOpenApi.Drivers));
        tracking.MapGet(DriverPath, DriverEndpoints.GetDriver).WithName("getDriver")
            .WithSummary("One driver with its consent state").ProducesErrors(404)
            .WithParameters(TrackingOpenApi.Mobile).WithJsonExamples(null, ("driver", TrackingOpenApi.Driver));
        tracking.MapDelete(DriverPath, DriverEndpoints.DeleteDriver).WithName("deleteDriver")
            .WithSummary("Stop tracking at the operator, withdraw consent and erase the driver's positions and personal data").ProducesErrors(404)
            .WithParameters(TrackingOpenApi.Mobile).WithJsonExamples(null, ("deleted", TrackingOpenApi.Deleted));

        tracking.MapGet(DriverPath + "/consent", ConsentEndpoints.GetConsent).WithName("getDriverConsent")
            .WithSummary("Consent status with the history of its changes").ProducesErrors(404)
            .WithParameters(TrackingOpenApi.Mobile).WithJsonExamples(null, ("consent", TrackingOpenApi.Consent));
        tracking.MapPost(DriverPath + "/consent", ConsentEndpoints.RequestConsentAgain).WithName("requestDriverConsent")
            .WithSummary("Send the consent request again (at most once per 10 minutes by default)").ProducesErrors(404, 409)
            .WithParameters(TrackingOpenApi.Mobile).WithJsonExamples(null, ("consent", TrackingOpenApi.Consent));

        tracking.MapGet(DriverPath + "/location", LocationEndpoints.GetLocation).WithName("getDriverLocation")
            .WithSummary("The driver's position from the operator's network; 403 without ALLOWED consent")
            .WithDescription("A stored position younger than Tracking:FreshFor (5 minutes by default) is served without a new operator call.")
            .WithParameters(TrackingOpenApi.Mobile).WithJsonExamples(null, ("located", TrackingOpenApi.Location))
            .ProducesErrors(404, 502, 504);
        tracking.MapGet(DriverPath + "/trail", LocationEndpoints.GetTrail).WithName("getDriverTrail")
            .WithSummary("Stored positions of the driver in a time range (default: the last 24 hours)").ProducesErrors(404)
            .WithParameters(TrackingOpenApi.TrailParameters).WithJsonExamples(null, ("trail", TrackingOpenApi.Trail));
        tracking.MapPost("/location/bulk", LocationEndpoints.GetBulkLocation).WithName("bulkDriverLocation")
            .WithSummary("Locate up to 500 drivers; one result per mobile, each with its own status")
            .WithJsonExamples(TrackingOpenApi.BulkRequest, ("results", TrackingOpenApi.Bulk));

        // The account's one webhook (see /api/v2/webhook), where SIM tracking clients have always set it.
        tracking.MapPut("/webhook", WebhookEndpoints.SetWebhook).WithName("setTrackingWebhook")
            .WithSummary("Have consent changes posted to a URL, signed; answers a new signing secret")
            .WithDescription("Each delivery carries `X-Sangam-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" keyed with the secret>`. "
                + "Failed posts are retried with doubling waits. The payload and how to check the signature: `webhooks` › `driver.consent.changed`. "
                + "This is the account's one webhook, also at `/api/v2/webhook`, where it can subscribe to other events too.")
            .WithJsonExamples(TrackingOpenApi.WebhookRequest, ("set", TrackingOpenApi.Webhook));
        tracking.MapGet("/webhook", WebhookEndpoints.GetWebhook).WithName("getTrackingWebhook")
            .WithSummary("The account's webhook").ProducesErrors(404)
            .WithJsonExamples(null, ("webhook", TrackingOpenApi.WebhookWithoutSecret));
        tracking.MapDelete("/webhook", WebhookEndpoints.RemoveWebhook).WithName("removeTrackingWebhook")
            .WithSummary("Stop posting events; pending deliveries are dropped, their history stays").ProducesErrors(404);
        return app;
    }
}
