using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Sangam.Api.Usage.Metering;

namespace Sangam.Api.Http.Errors;

/// <summary>How an upstream call failed. It decides the answer's status and whether calling again can help.</summary>
public enum UpstreamFailureKind
{
    /// <summary>The upstream, or the system behind it, failed or answered something unusable; a later call may succeed. 502.</summary>
    Failed,

    /// <summary>The upstream did not answer in time; a later call may succeed. 504.</summary>
    TimedOut,

    /// <summary>
    /// The upstream refused this server (credentials, IP allow-list, subscription): calling again cannot help until the
    /// server's operator fixes its configuration. 502: the caller's request is not at fault.
    /// </summary>
    Refused,

    /// <summary>The upstream refused the request itself as invalid: sending the same request again cannot help. 400.</summary>
    Rejected,
}

/// <summary>
/// A failed upstream call: which upstream, how it failed, and what happened in its own words where it gave any.
/// Connectors return it as a value (<see cref="UpstreamResult{T}"/>); <see cref="ApiError.ForUpstream"/> turns it into
/// the error envelope.
/// </summary>
public sealed record UpstreamFailure(string Upstream, UpstreamFailureKind Kind, string Detail)
{
    /// <summary>Whether the same call may succeed later.</summary>
    public bool Retryable => Kind is UpstreamFailureKind.Failed or UpstreamFailureKind.TimedOut;

    /// <summary>The failure in the platform's outcome vocabulary (metering, readiness sources).</summary>
    public UpstreamOutcome Outcome => Kind switch
    {
        UpstreamFailureKind.TimedOut => UpstreamOutcome.TimedOut,
        UpstreamFailureKind.Refused => UpstreamOutcome.Refused,
        UpstreamFailureKind.Rejected => UpstreamOutcome.Rejected,
        _ => UpstreamOutcome.Failed,
    };

    public static UpstreamFailure Failed(string upstream, string detail) => new(upstream, UpstreamFailureKind.Failed, detail);

    public static UpstreamFailure TimedOut(string upstream) => new(upstream, UpstreamFailureKind.TimedOut, "it did not answer in time");

    public static UpstreamFailure Refused(string upstream, string detail) => new(upstream, UpstreamFailureKind.Refused, detail);

    public static UpstreamFailure Rejected(string upstream, string detail) => new(upstream, UpstreamFailureKind.Rejected, detail);

    /// <summary>
    /// The failures the HTTP pipeline raises (attempt or total timeout, open circuit, full queue, unreachable host, a
    /// body that is not JSON), described alike for every upstream; null for anything else, which is a bug to surface.
    /// </summary>
    public static UpstreamFailure? FromException(string upstream, Exception exception) => exception switch
    {
        TimeoutRejectedException => TimedOut(upstream),
        BrokenCircuitException => Failed(upstream, "it failed repeatedly, so calls to it are paused for a few seconds"),
        RateLimiterRejectedException => Failed(upstream, "too many calls to it are already waiting on this server"),
        HttpRequestException request => Failed(upstream, $"it could not be reached ({request.HttpRequestError})"),
        JsonException => Failed(upstream, "its answer is not the JSON it documents"),
        _ => null,
    };

    /// <summary>
    /// Quotes an upstream's own words in a detail, so the caller reads what the upstream said rather than our
    /// paraphrase; blank text becomes "without saying why".
    /// </summary>
    public static string Quote(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "without saying why" : $"\"{text.Trim()}\"";
}
