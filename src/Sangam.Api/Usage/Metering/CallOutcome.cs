using Sangam.Api.Http.Errors;

namespace Sangam.Api.Usage.Metering;

/// <summary>
/// What a handler learnt while serving a call, for metering and response headers: whether the answer came from
/// cache and what the upstream did. Handlers set it through <see cref="CallOutcomeExtensions.Outcome"/>.
/// </summary>
public sealed class CallOutcome
{
    public bool? CacheHit { get; set; }

    /// <summary>What the upstream did; null when none was asked (a cache hit, a stored answer).</summary>
    public UpstreamOutcome? Upstream { get; set; }

    /// <summary>A failed upstream call: never a cache hit.</summary>
    public void RecordFailure(UpstreamFailure failure)
    {
        CacheHit = false;
        Upstream = failure.Outcome;
    }
}

public static class CallOutcomeExtensions
{
    public static CallOutcome Outcome(this HttpContext context)
    {
        var outcome = context.Features.Get<CallOutcome>();
        if (outcome is null)
        {
            outcome = new CallOutcome();
            context.Features.Set(outcome);
        }

        return outcome;
    }
}
