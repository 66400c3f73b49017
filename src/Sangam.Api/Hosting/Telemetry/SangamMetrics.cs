using System.Diagnostics.Metrics;

namespace Sangam.Api.Hosting.Telemetry;

/// <summary>
/// Sangam's own metrics, beside what ASP.NET Core, HttpClient and Polly report: one meter, one place for every
/// instrument and its tags. Tags never carry personal data (no numbers, no names).
/// </summary>
public sealed class SangamMetrics
{
    public const string MeterName = "Sangam";

    private readonly Meter _meter;
    private readonly Counter<long> _redisFallbacks;
    private readonly Counter<long> _lookups;
    private readonly Counter<long> _merges;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _consents;
    private readonly Counter<long> _webhooks;
    private readonly Counter<long> _ocrJobs;
    private readonly Histogram<double> _ocrDuration;
    private readonly Counter<long> _ocrPages;

    public SangamMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _redisFallbacks = _meter.CreateCounter<long>("sangam.redis.fallbacks", "{operation}",
            "Operations done on this node alone because Redis could not be reached.");
        _lookups = _meter.CreateCounter<long>("sangam.lookup.cache.requests", "{lookup}",
            "Vehicle and driver lookups by where the answer came from: memory, database or upstream (a miss).");
        _merges = _meter.CreateCounter<long>("sangam.lookup.single_flight.merges", "{lookup}",
            "Lookups answered by a call another caller made (on this node or another) instead of their own.");
        _rejections = _meter.CreateCounter<long>("sangam.rate_limit.rejections", "{request}", "Requests refused with 429, by limit.");
        _consents = _meter.CreateCounter<long>("sangam.consent.transitions", "{consent}", "SIM-tracking consents entering a status.");
        _webhooks = _meter.CreateCounter<long>("sangam.webhook.deliveries", "{delivery}", "Webhook posts by outcome: delivered, retrying, given_up.");
        _ocrJobs = _meter.CreateCounter<long>("sangam.ocr.jobs", "{job}", "Asynchronous OCR jobs by event: queued, finished, failed.");
        _ocrDuration = _meter.CreateHistogram<double>("sangam.ocr.job.duration", "s", "Time an OCR job took to read its document.");
        _ocrPages = _meter.CreateCounter<long>("sangam.ocr.pages", "{page}", "Pages read by OCR jobs (their rate is pages per second).");
    }

    public void RedisFallback(string feature) => _redisFallbacks.Add(1, Tag("feature", feature));

    public void ObserveRedis(Func<bool> connected) =>
        _meter.CreateObservableGauge("sangam.redis.connected", () => connected() ? 1 : 0, description: "1 while this node is connected to Redis.");

    /// <summary>A lookup answered from <paramref name="source"/>: <c>memory</c>, <c>database</c> or <c>upstream</c>.</summary>
    public void Lookup(string service, string source) => _lookups.Add(1, Tag("service", service), Tag("source", source));

    public void LookupMerged(string scope) => _merges.Add(1, Tag("scope", scope));

    public void RateLimited(string limit) => _rejections.Add(1, Tag("limit", limit));

    public void ConsentEntered(string status) => _consents.Add(1, Tag("status", status));

    public void WebhookDelivery(string outcome) => _webhooks.Add(1, Tag("outcome", outcome));

    public void OcrJob(string outcome) => _ocrJobs.Add(1, Tag("event", outcome));

    public void OcrJobRead(TimeSpan duration, int pages)
    {
        _ocrDuration.Record(duration.TotalSeconds);
        _ocrPages.Add(pages);
    }

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
