namespace Sangam.Api.Usage.Metering;

/// <summary>
/// What an upstream did for a call: the one vocabulary of metering (<c>usage_events.upstream_outcome</c>) and of the
/// readiness report's sources, whichever upstream it was.
/// </summary>
public enum UpstreamOutcome
{
    /// <summary>It answered with what was asked for.</summary>
    Found,

    /// <summary>It answered that it has no such record.</summary>
    NotFound,

    /// <summary>It failed or answered something unusable; a later call may succeed.</summary>
    Failed,

    /// <summary>It did not answer in time.</summary>
    TimedOut,

    /// <summary>It refused this server (credentials, allow-list, subscription).</summary>
    Refused,

    /// <summary>It refused the request as invalid.</summary>
    Rejected,
}

public static class UpstreamOutcomes
{
    /// <summary>The outcome as stored and shown: <c>found</c>, <c>not_found</c>, <c>failed</c>, <c>timed_out</c>, <c>refused</c>, <c>rejected</c>.</summary>
    public static string WireName(this UpstreamOutcome outcome) => outcome switch
    {
        UpstreamOutcome.Found => "found",
        UpstreamOutcome.NotFound => "not_found",
        UpstreamOutcome.Failed => "failed",
        UpstreamOutcome.TimedOut => "timed_out",
        UpstreamOutcome.Refused => "refused",
        _ => "rejected",
    };

    /// <summary>Found or not found: the upstream answered.</summary>
    public static UpstreamOutcome Answered(bool found) => found ? UpstreamOutcome.Found : UpstreamOutcome.NotFound;
}
