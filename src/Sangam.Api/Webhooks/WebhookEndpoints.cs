using System.ComponentModel;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;
using Sangam.Api.SimTracking;

namespace Sangam.Api.Webhooks;

public sealed record WebhookRequest(
    [property: Description("Where events are posted; https in production.")] string? Url,
    [property: Description("Events to post (see `webhooks`). Omitted: the webhook keeps its events, a new one gets driver.consent.changed.")]
    IReadOnlyList<string?>? Events = null);

/// <summary>The account's webhook. The secret is shown only when the webhook is set (a new one each time).</summary>
public sealed record WebhookRecord(
    string Url,
    [property: Description("Verifies the X-Sangam-Signature header of each delivery; shown only when the webhook is set.")] string? Secret,
    DateTimeOffset CreatedAt,
    [property: Description("The events posted to the URL.")] IReadOnlyList<string> Events);

/// <summary>The account's webhook: set, read, remove.</summary>
public static class WebhookEndpoints
{
    public const int MaxUrlLength = 500;

    public static async Task<Results<Ok<LookupEnvelope<WebhookRecord>>, ApiError>> SetWebhook(
        WebhookRequest body, Caller caller, SangamDb db, TimeProvider time, IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        var https = !options.Value.AllowHttp;
        if (body.Url is not { Length: <= MaxUrlLength } text || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (!https && url.Scheme == Uri.UriSchemeHttp)))
        {
            return ApiError.InvalidField("url", https ? "an absolute https:// URL of at most 500 characters" : "an absolute http(s):// URL of at most 500 characters");
        }

        var chosen = WebhookEvents.Default;
        if (body.Events is { } names && !WebhookEvents.TryParse(names, out chosen))
        {
            return ApiError.InvalidField("events", "a non-empty list of: " + WebhookEvents.NameList, "e.g. [\"driver.consent.changed\", \"ocr.job.completed\"]");
        }

        var now = time.GetUtcNow();
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var hook = await db.Webhooks.FirstOrDefaultAsync(w => w.AccountId == caller.AccountId, cancellationToken);
        if (hook is null)
        {
            hook = new Webhook { AccountId = caller.AccountId, Url = url.AbsoluteUri, Secret = secret, Events = chosen, CreatedAt = now };
            db.Webhooks.Add(hook);
        }
        else
        {
            (hook.Url, hook.Secret, hook.CreatedAt) = (url.AbsoluteUri, secret, now);
            hook.Events = body.Events is null ? hook.Events : chosen;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Lookup.Flat(ToRecord(hook, secret)));
    }

    public static async Task<Results<Ok<LookupEnvelope<WebhookRecord>>, ApiError>> GetWebhook(Caller caller, SangamDb db, CancellationToken cancellationToken)
    {
        var hook = await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.AccountId == caller.AccountId, cancellationToken);
        return hook is null ? NoWebhook() : TypedResults.Ok(Lookup.Flat(ToRecord(hook, secret: null)));
    }

    /// <summary>Removes the webhook and drops what was still to be posted; the history of past deliveries stays.</summary>
    public static async Task<Results<NoContent, ApiError>> RemoveWebhook(Caller caller, SangamDb db, CancellationToken cancellationToken)
    {
        await db.WebhookDeliveries.Where(d => d.AccountId == caller.AccountId && d.Status == WebhookDeliveryStatus.Pending).ExecuteDeleteAsync(cancellationToken);
        var removed = await db.Webhooks.Where(w => w.AccountId == caller.AccountId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? NoWebhook() : TypedResults.NoContent();
    }

    private static WebhookRecord ToRecord(Webhook hook, string? secret) =>
        new(hook.Url, secret, hook.CreatedAt.ToWire(), WebhookEvents.Names(hook.Events));

    private static ApiError NoWebhook() => ApiError.NotFound("The account has no webhook.");
}
