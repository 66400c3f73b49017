namespace Sangam.Api.Platform.Metering;

/// <summary>
/// What a handler learnt while serving a call, for metering and response headers: whether the answer came from
/// cache and what the upstream did. Handlers set it through <see cref="CallOutcomeExtensions.Outcome"/>.
/// </summary>
public sealed class CallOutcome
{
    public bool? CacheHit { get; set; }

    public string? UpstreamOutcome { get; set; }
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
