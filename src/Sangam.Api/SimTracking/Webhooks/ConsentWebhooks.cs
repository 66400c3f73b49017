using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;

namespace Sangam.Api.SimTracking.Webhooks;

/// <summary>The body posted to a customer's webhook for one consent change.</summary>
public sealed record ConsentChangedEvent(
    string Id, string Type, string Mobile, string? VehicleNumber, Consent.ConsentStatus ConsentStatus, DateTimeOffset? ConsentValidTill,
    Consent.ConsentEventSource Source, string Detail, DateTimeOffset At);

/// <summary>Queues the consent changes of a driver for the account's webhook, and signs what is posted.</summary>
public sealed class ConsentWebhooks(SangamDb db, TimeProvider time, IOptions<JsonOptions> json)
{
    public const string SignatureHeader = "X-Sangam-Signature";
    public const string EventType = "driver.consent.changed";

    /// <summary>
    /// Queues one delivery per consent change of <paramref name="driver"/> not saved yet, when the account has a
    /// webhook. The caller saves: a change and its notification are committed together or not at all.
    /// </summary>
    public async Task QueueAsync(Driver driver, CancellationToken cancellationToken)
    {
        var changes = driver.ConsentEvents.Where(e => e.Id == 0).ToList();
        if (changes.Count == 0 || !await db.TrackingWebhooks.AnyAsync(w => w.AccountId == driver.AccountId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var change in changes)
        {
            var body = new ConsentChangedEvent(Guid.NewGuid().ToString("N"), EventType, driver.Mobile, driver.VehicleNumber, change.Status,
                driver.ConsentValidTill.ToWire(), change.Source, change.Detail, change.OccurredAt.ToWire());
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                AccountId = driver.AccountId,
                Driver = driver,
                Payload = JsonSerializer.Serialize(body, json.Value.SerializerOptions),
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }
    }

    /// <summary>
    /// <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the webhook's secret&gt;</c>: the receiver recomputes it
    /// and rejects old timestamps, so a captured delivery cannot be replayed later.
    /// </summary>
    public static string Sign(string secret, string payload, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + payload));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
