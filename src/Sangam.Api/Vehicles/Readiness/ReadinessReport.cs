using System.Text.Json.Serialization;
using Sangam.Api.Usage.Metering;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>Whether the vehicle and driver may be dispatched.</summary>
public enum ReadinessVerdict
{
    /// <summary>No check failed and every check the upstreams can answer was made.</summary>
    Ready,

    /// <summary>At least one check failed; <c>blockers</c> says which.</summary>
    NotReady,

    /// <summary>Nothing failed, but an upstream could not be asked or its record lacked a field, so some checks are unknown.</summary>
    Unknown,
}

public enum CheckStatus
{
    Pass,

    /// <summary>Passes now, but needs attention (a document about to expire, pending e-challans).</summary>
    Warn,

    /// <summary>Blocks dispatch.</summary>
    Fail,

    /// <summary>The upstream failed, or its record lacks a field it normally carries: asking again may tell.</summary>
    Unknown,

    /// <summary>Does not apply to this vehicle (e.g. permits of a private car, FASTag of a two-wheeler).</summary>
    NotApplicable,

    /// <summary>Not asked for (the licence when no dlnumber was sent).</summary>
    NotChecked,

    /// <summary>No upstream the platform asks records it (a permit's validity is in no ULIP answer): check it on paper.</summary>
    Unavailable,
}

/// <summary>One check with the upstream values it was decided on.</summary>
public sealed record ReadinessCheck(string Name, string Source, CheckStatus Status, string Detail, IReadOnlyDictionary<string, string?> Evidence);

/// <summary>What an upstream did for this check, in the platform's outcome vocabulary, and why when it failed.</summary>
public sealed record ReadinessSource(string Service, UpstreamOutcome Outcome, bool? CacheHit, string? Detail);

/// <summary>The verdict, what blocks it, and every check with its evidence.</summary>
public sealed record ReadinessReport(
    string VehicleNumber,
    string? DlNumber,
    DateTimeOffset CheckedAt,
    ReadinessVerdict Verdict,
    bool Dispatchable,
    IReadOnlyList<string> Blockers,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Unverified,
    IReadOnlyList<ReadinessCheck> Checks,
    IReadOnlyList<ReadinessSource> Sources)
{
    /// <summary>Whether every upstream answer came from the cache: only then is the whole answer a cache hit.</summary>
    [JsonIgnore]
    public bool CacheHit => Sources.All(s => s.CacheHit == true);

    /// <summary>For metering: the worst outcome of the upstreams actually asked; null for a cache hit.</summary>
    [JsonIgnore]
    public UpstreamOutcome? UpstreamOutcome => CacheHit ? null : Sources.Where(s => s.CacheHit != true).Max(s => s.Outcome);
}
