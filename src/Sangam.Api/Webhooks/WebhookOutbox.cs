using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;

namespace Sangam.Api.Webhooks;

/// <summary>
/// Where every part of the platform publishes webhook events. A delivery is added to the caller's unit of work and
/// the caller saves: what happened and its notification are committed together or not at all.
/// </summary>
public sealed class WebhookOutbox(SangamDb db, TimeProvider time, IOptions<JsonOptions> json)
{
    public const string SignatureHeader = "X-Sangam-Signature";
    public const string EventHeader = "X-Sangam-Event";
    public const string DeliveryHeader = "X-Sangam-Delivery";

    /// <summary>Queues <paramref name="payload"/> when the account's webhook subscribes to <paramref name="type"/>; null otherwise.</summary>
    public async Task<WebhookDelivery?> QueueAsync<TPayload>(
        long accountId, WebhookEventType<TPayload> type, TPayload payload, CancellationToken cancellationToken) =>
        await QueueAsync(accountId, type, [payload], cancellationToken) is [var delivery] ? delivery : null;

    /// <summary>One delivery per payload, in their order, with one look at the subscription; none when the account does not subscribe.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> QueueAsync<TPayload>(
        long accountId, WebhookEventType<TPayload> type, IReadOnlyCollection<TPayload> payloads, CancellationToken cancellationToken)
    {
        if (payloads.Count == 0 || !await db.Webhooks.AnyAsync(w => w.AccountId == accountId && (w.Events & type.Flag) != 0, cancellationToken))
        {
            return [];
        }

        var now = time.GetUtcNow();
        var deliveries = payloads.Select(payload =>
        {
            var id = Guid.NewGuid().ToString("N");
            return new WebhookDelivery
            {
                DeliveryId = id,
                AccountId = accountId,
                EventType = type.Name,
                Payload = Body(id, type.Name, payload),
                NextAttemptAt = now,
                CreatedAt = now,
            };
        }).ToList();
        db.WebhookDeliveries.AddRange(deliveries);
        return deliveries;
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

    /// <summary><c>id</c> and <c>type</c> first, then the payload's own fields: one flat object, as receivers of the first event read it.</summary>
    private string Body<TPayload>(string id, string type, TPayload payload)
    {
        var body = JsonSerializer.SerializeToNode(payload, json.Value.SerializerOptions)!.AsObject();
        body.Insert(0, "id", id);
        body.Insert(1, "type", type);
        return body.ToJsonString(json.Value.SerializerOptions);
    }
}
