using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Http.Errors;
using Sangam.Api.Usage.Metering;
using Sangam.Api.Vehicles.Caching;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>One upstream's part in a readiness check: its answer, or how it failed.</summary>
internal sealed record SourceResult(UlipService Service, UpstreamResult<CachedAnswer> Result)
{
    public static async Task<SourceResult> CollectAsync(UlipService service, Task<UpstreamResult<CachedAnswer>> lookup) => new(service, await lookup);

    public string Name => Service switch
    {
        UlipService.Vahan => "VAHAN",
        UlipService.Sarathi => "SARATHI",
        UlipService.FastagTag => "FASTAG",
        UlipService.Echallan => "ECHALLAN",
        _ => Service.Path(),
    };

    /// <summary>The answer; null when the upstream failed.</summary>
    public UlipAnswer? Answer => Result.Succeeded ? Result.Value.Answer : null;

    public UpstreamFailure? Failure => Result.Failure;

    /// <summary>Why the checks that depend on this source are unknown.</summary>
    public string FailureDetail => $"{Name} could not be asked: {Failure?.Detail}";

    public ReadinessSource Describe() => Result.Failure is { } failure
        ? new ReadinessSource(Name, failure.Outcome, null, failure.Detail)
        : new ReadinessSource(Name, UpstreamOutcomes.Answered(Result.Value.Answer.Found), Result.Value.CacheHit, null);
}
