using System.ComponentModel;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.SimTracking.Webhooks;

public sealed record WebhookRequest([property: Description("Where consent changes are posted; https in production.")] string? Url);

/// <summary>The account's webhook. The secret is shown only when the webhook is set (a new one each time).</summary>
public sealed record WebhookRecord(
    string Url,
    [property: Description("Verifies the X-Sangam-Signature header of each delivery; shown only when the webhook is set.")] string? Secret,
    DateTimeOffset CreatedAt);

/// <summary>The account's webhook for consent changes: set, read, remove.</summary>
public static class WebhookEndpoints
{
    public const int MaxUrlLength = 500;

    public static async Task<Results<Ok<LookupEnvelope<WebhookRecord>>, ApiError>> SetWebhook(
        WebhookRequest body, Caller caller, SangamDb db, TimeProvider time, IOptions<TrackingOptions> options, CancellationToken cancellationToken)
    {
        var https = !options.Value.Webhooks.AllowHttp;
        if (body.Url is not { Length: <= MaxUrlLength } text || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (!https && url.Scheme == Uri.UriSchemeHttp)))
        {
            return ApiError.InvalidField("url", https ? "an absolute https:// URL of at most 500 characters" : "an absolute http(s):// URL of at most 500 characters");
        }

        var now = time.GetUtcNow();
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var updated = await db.TrackingWebhooks.Where(w => w.AccountId == caller.AccountId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Url, url.AbsoluteUri).SetProperty(w => w.Secret, secret).SetProperty(w => w.CreatedAt, now), cancellationToken);
        if (updated == 0)
        {
            db.TrackingWebhooks.Add(new TrackingWebhook { AccountId = caller.AccountId, Url = url.AbsoluteUri, Secret = secret, CreatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(Lookup.Flat(new WebhookRecord(url.AbsoluteUri, secret, now.ToWire())));
    }

    public static async Task<Results<Ok<LookupEnvelope<WebhookRecord>>, ApiError>> GetWebhook(Caller caller, SangamDb db, CancellationToken cancellationToken)
    {
        var hook = await db.TrackingWebhooks.AsNoTracking().FirstOrDefaultAsync(w => w.AccountId == caller.AccountId, cancellationToken);
        return hook is null ? NoWebhook() : TypedResults.Ok(Lookup.Flat(new WebhookRecord(hook.Url, Secret: null, hook.CreatedAt.ToWire())));
    }

    public static async Task<Results<NoContent, ApiError>> RemoveWebhook(Caller caller, SangamDb db, CancellationToken cancellationToken)
    {
        await db.WebhookDeliveries.Where(d => d.AccountId == caller.AccountId).ExecuteDeleteAsync(cancellationToken);
        var removed = await db.TrackingWebhooks.Where(w => w.AccountId == caller.AccountId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? NoWebhook() : TypedResults.NoContent();
    }

    private static ApiError NoWebhook() => ApiError.NotFound("The account has no tracking webhook.");
}
