using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Platform.Errors;
using Sangam.Api.Verification.Caching;

namespace Sangam.Api.Verification.Readiness;

/// <summary>One upstream's part in a readiness check: its answer, or how it failed. A failure is kept, never thrown.</summary>
internal sealed record SourceResult(UlipService Service, CachedAnswer? Result, UpstreamException? Failure)
{
    public static async Task<SourceResult> CollectAsync(UlipService service, Task<CachedAnswer> lookup)
    {
        try
        {
            return new SourceResult(service, await lookup, null);
        }
        catch (UpstreamException e)
        {
            return new SourceResult(service, null, e);
        }
    }

    public string Name => Service switch
    {
        UlipService.Vahan => "VAHAN",
        UlipService.Sarathi => "SARATHI",
        UlipService.FastagTag => "FASTAG",
        UlipService.Echallan => "ECHALLAN",
        _ => Service.Path(),
    };

    /// <summary>Why the checks that depend on this source are unknown.</summary>
    public string FailureDetail => $"{Name} could not be asked: {Failure?.Detail}";

    public ReadinessSource Describe() => Result is { } result
        ? new ReadinessSource(Name, result.Answer.Found ? "ok" : "not_found", result.CacheHit, null)
        : new ReadinessSource(Name, Failure!.TimedOut ? "timeout" : "failed", null, Failure.Detail);
}
