using Sangam.Api.Ocr.Jobs;
using Sangam.Api.SimTracking;
using Sangam.Api.SimTracking.Consent;
using Sangam.Api.Vehicles.Readiness;

namespace Sangam.Api.Webhooks;

/// <summary>The events an account's webhook is subscribed to, stored as one set of bits on the webhook.</summary>
[Flags]
public enum WebhookSubscriptions
{
    None = 0,
    DriverConsentChanged = 1,
    DriverLocationUpdated = 2,
    OcrJobCompleted = 4,
    OcrJobFailed = 8,
    ReadinessBulkCompleted = 16,
}

/// <summary>One kind of event a webhook can receive: its wire name, its bit, what it means and an example body.</summary>
public abstract record WebhookEventType(string Name, WebhookSubscriptions Flag, string Summary, string Example)
{
    /// <summary>The record posted (after <c>id</c> and <c>type</c>), documented as the event's schema.</summary>
    public abstract Type PayloadType { get; }
}

/// <summary>An event whose body is a <typeparamref name="TPayload"/>, so only that record can be queued for it.</summary>
public sealed record WebhookEventType<TPayload>(string Name, WebhookSubscriptions Flag, string Summary, string Example)
    : WebhookEventType(Name, Flag, Summary, Example)
{
    public override Type PayloadType => typeof(TPayload);
}

/// <summary>
/// The catalogue of webhook events. A webhook receives <see cref="DriverConsentChanged"/> unless it chose otherwise,
/// as every webhook did before there were other events; <see cref="DriverLocationUpdated"/> is sent only to webhooks
/// that ask for it, since a fleet's positions are many posts.
/// </summary>
public static class WebhookEvents
{
    public static readonly WebhookEventType<ConsentChangedEvent> DriverConsentChanged = new(
        "driver.consent.changed", WebhookSubscriptions.DriverConsentChanged,
        "A driver's consent changed (requested, allowed, rejected, expired, failed)",
        """
        {"id": "4c1f0e9a2b7d4e31a6f5c8d90b1e2a37", "type": "driver.consent.changed", "mobile": "9876543210", "vehicle_number": "MH12NW4402",
         "consent_status": "ALLOWED", "consent_valid_till": "2027-11-26T09:14:41+05:30", "source": "operator",
         "detail": "The driver allowed location by SMS", "at": "2026-11-26T09:14:41+05:30"}
        """);

    public static readonly WebhookEventType<LocationRecord> DriverLocationUpdated = new(
        "driver.location.updated", WebhookSubscriptions.DriverLocationUpdated,
        "The operator located a driver and the position was stored (opt-in)",
        """
        {"id": "9b2d41c07e5f4a1b8c3d2e1f0a9b8c7d", "type": "driver.location.updated", "mobile": "9876543210", "latitude": 18.520430,
         "longitude": 73.856744, "accuracy_m": 1200, "located_at": "2026-11-26T14:05:10+05:30", "address": null, "source": "operator"}
        """);

    public static readonly WebhookEventType<OcrJobCompletedEvent> OcrJobCompleted = new(
        "ocr.job.completed", WebhookSubscriptions.OcrJobCompleted,
        "An asynchronous OCR job read its document; fetch the result with GET /api/v2/ocr/jobs/{job_id}",
        """
        {"id": "0f6a3c2b1d4e4f5a9b8c7d6e5f4a3b2c", "type": "ocr.job.completed", "job_id": "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
         "document_type": "invoice", "pages_read": 3, "completed_at": "2026-11-26T11:02:17+05:30"}
        """);

    public static readonly WebhookEventType<OcrJobFailedEvent> OcrJobFailed = new(
        "ocr.job.failed", WebhookSubscriptions.OcrJobFailed,
        "An asynchronous OCR job's document could not be read",
        """
        {"id": "1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6", "type": "ocr.job.failed", "job_id": "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
         "document_type": "invoice", "error": {"status": 422, "message": "The file is not a PDF or an image this server reads."},
         "completed_at": "2026-11-26T11:02:17+05:30"}
        """);

    public static readonly WebhookEventType<ReadinessBulkCompletedEvent> ReadinessBulkCompleted = new(
        "readiness.bulk.completed", WebhookSubscriptions.ReadinessBulkCompleted,
        "A bulk vehicle-readiness job checked all its rows",
        """
        {"id": "7e6d5c4b3a2f41e0d9c8b7a6f5e4d3c2", "type": "readiness.bulk.completed", "job_id": "3d2c1b0a-9f8e-4d7c-b6a5-f4e3d2c1b0a9",
         "rows": 250, "ready": 212, "not_ready": 31, "unknown": 5, "invalid": 2, "completed_at": "2026-11-26T16:40:05+05:30"}
        """);

    public static readonly IReadOnlyList<WebhookEventType> All =
        [DriverConsentChanged, DriverLocationUpdated, OcrJobCompleted, OcrJobFailed, ReadinessBulkCompleted];

    /// <summary>What a new webhook receives when it names no events.</summary>
    public const WebhookSubscriptions Default = WebhookSubscriptions.DriverConsentChanged;

    public static string NameList => string.Join(", ", All.Select(e => e.Name));

    public static IReadOnlyList<string> Names(WebhookSubscriptions subscriptions) =>
        [.. All.Where(e => subscriptions.HasFlag(e.Flag)).Select(e => e.Name)];

    /// <summary>The set named by <paramref name="names"/>; false when one is unknown or none is given.</summary>
    public static bool TryParse(IEnumerable<string?> names, out WebhookSubscriptions subscriptions)
    {
        subscriptions = WebhookSubscriptions.None;
        foreach (var name in names)
        {
            var type = All.FirstOrDefault(e => string.Equals(e.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (type is null)
            {
                return false;
            }

            subscriptions |= type.Flag;
        }

        return subscriptions != WebhookSubscriptions.None;
    }
}
