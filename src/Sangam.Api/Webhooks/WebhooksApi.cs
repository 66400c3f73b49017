using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Webhooks;

/// <summary>
/// Webhooks of the platform: each account sets one URL and chooses the events posted to it (<see cref="WebhookEvents"/>);
/// any part of the platform publishes through <see cref="WebhookOutbox"/>, and <see cref="WebhookSender"/> posts.
/// </summary>
public static class WebhooksApi
{
    public const string Path = "/api/v2/webhook";

    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.EarlierSection)
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<WebhookOutbox>();
        services.AddHostedService<WebhookSender>();
        services.AddSingleton<IExpiredDataCleanup, WebhookHistoryCleanup>();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var allowPrivate = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateAddresses;
                return new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = allowPrivate ? null : WebhookSender.ConnectToPublicAddressAsync };
            })
            .RemoveAllLoggers(); // payloads and URLs are the customer's business
        services.ConfigureAll<OpenApiOptions>(options => options.AddDocumentTransformer(WebhooksOpenApi.DescribeWebhooksAsync));
        return builder;
    }

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var webhook = app.MapGroup(Path).WithTags("Webhooks").RequireAuthorization();
        webhook.MapPut("", WebhookEndpoints.SetWebhook).WithName("setWebhook")
            .WithSummary("Have events posted to a URL, signed; answers a new signing secret")
            .WithDescription("`events` chooses what is posted (default: `driver.consent.changed`); each event, its payload and how to check "
                + "`X-Sangam-Signature` are under `webhooks`. Failed posts are retried with doubling waits. "
                + "The same webhook is reached at `/api/v2/sim-tracking/webhook`.")
            .WithJsonExamples(WebhooksOpenApi.SetRequest, ("set", WebhooksOpenApi.Webhook));
        webhook.MapGet("", WebhookEndpoints.GetWebhook).WithName("getWebhook")
            .WithSummary("The account's webhook and its events").ProducesErrors(404)
            .WithJsonExamples(null, ("webhook", WebhooksOpenApi.WebhookWithoutSecret));
        webhook.MapDelete("", WebhookEndpoints.RemoveWebhook).WithName("removeWebhook")
            .WithSummary("Stop posting events; pending deliveries are dropped, their history stays").ProducesErrors(404);
        webhook.MapGet("/deliveries", WebhookHistory.ListDeliveries).WithName("listWebhookDeliveries")
            .WithSummary("The account's recent deliveries, newest first: pending, delivered and failed, with attempts and the receiver's answers")
            .WithDescription("Delivered and failed deliveries are kept for Webhooks:DeliveryRetention (30 days by default).")
            .WithParameters(
                new ApiParameter("status", "Only deliveries in this state.", "failed") { Values = ["pending", "delivered", "failed"] },
                new ApiParameter("event", "Only deliveries of this event type.", "ocr.job.completed") { Values = [.. WebhookEvents.All.Select(e => e.Name)] },
                ApiParameter.WholeNumber("limit", "Deliveries to list, 1-500 (default 100).", 100))
            .WithJsonExamples(null, ("deliveries", WebhooksOpenApi.Deliveries));
        return app;
    }
}
