using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;
using Sangam.Api.SimTracking;

namespace Sangam.Api.Webhooks;

/// <summary>One delivery as its account sees it: what was posted when, and how the receiver took it.</summary>
public sealed record WebhookDeliveryRecord(
    [property: Description("The body's `id` and the X-Sangam-Delivery header.")] string DeliveryId,
    string EventType,
    WebhookDeliveryStatus Status,
    [property: Description("Posts so far.")] int Attempts,
    [property: Description("The receiver's HTTP status at the last attempt; null when it did not answer.")] int? ResponseStatus,
    [property: Description("Why the last failed attempt failed.")] string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    [property: Description("When the next attempt is due, while pending.")] DateTimeOffset? NextAttemptAt,
    [property: Description("When it was delivered or given up.")] DateTimeOffset? CompletedAt);

public sealed record WebhookDeliveryList(int Count, IReadOnlyList<WebhookDeliveryRecord> Deliveries);

/// <summary>The account's recent deliveries: pending, delivered and given up, newest first, kept for the configured retention.</summary>
public static class WebhookHistory
{
    public const int MaxLimit = 500;

    public static async Task<Results<Ok<LookupEnvelope<WebhookDeliveryList>>, ApiError>> ListDeliveries(
        string? status, string? @event, int? limit, Caller caller, SangamDb db, CancellationToken cancellationToken)
    {
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.AccountId == caller.AccountId);
        if (status is not null)
        {
            if (!Enum.TryParse<WebhookDeliveryStatus>(status.Trim(), ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
            {
                return ApiError.InvalidField("status", "^(pending|delivered|failed)$");
            }

            deliveries = deliveries.Where(d => d.Status == wanted);
        }

        if (@event is not null)
        {
            if (WebhookEvents.All.FirstOrDefault(e => e.Name == @event.Trim()) is not { } type)
            {
                return ApiError.InvalidField("event", "one of: " + WebhookEvents.NameList);
            }

            deliveries = deliveries.Where(d => d.EventType == type.Name);
        }

        var size = limit ?? 100;
        if (size is < 1 or > MaxLimit)
        {
            return ApiError.InvalidField("limit", "^([1-9][0-9]?|[1-4][0-9]{2}|500)$");
        }

        var list = await RecentAsync(deliveries, size, cancellationToken);
        return TypedResults.Ok(Lookup.Flat(new WebhookDeliveryList(list.Count, list)));
    }

    /// <summary>The newest <paramref name="count"/> of <paramref name="deliveries"/>, times in IST.</summary>
    public static async Task<IReadOnlyList<WebhookDeliveryRecord>> RecentAsync(IQueryable<WebhookDelivery> deliveries, int count, CancellationToken cancellationToken)
    {
        var rows = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(count)
            .Select(d => new WebhookDeliveryRecord(d.DeliveryId, d.EventType, d.Status, d.Attempts, d.ResponseStatus, d.LastError,
                d.CreatedAt, d.LastAttemptAt, d.NextAttemptAt, d.CompletedAt))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(d => d with
        {
            CreatedAt = d.CreatedAt.ToWire(), LastAttemptAt = d.LastAttemptAt.ToWire(), NextAttemptAt = d.NextAttemptAt.ToWire(), CompletedAt = d.CompletedAt.ToWire(),
        })];
    }
}
