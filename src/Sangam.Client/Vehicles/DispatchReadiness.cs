namespace Sangam.Client.Vehicles;

/// <summary>The answer to "may this vehicle and driver be dispatched?" (<c>POST /api/v2/pod/vehicle-readiness</c>).</summary>
/// <param name="VehicleNumber">The vehicle checked, normalised.</param>
/// <param name="DlNumber">The licence checked, if one was sent.</param>
/// <param name="CheckedAt">When, in IST.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Dispatchable">True only when the verdict is <see cref="ReadinessVerdict.Ready"/>.</param>
/// <param name="Blockers">What blocks dispatch, one line per failed check.</param>
/// <param name="Warnings">What needs attention without blocking (documents about to expire, pending challans).</param>
/// <param name="Unverified">Checks that could not be made (unknown, unavailable or not checked), and why.</param>
/// <param name="Checks">Every check with its evidence.</param>
/// <param name="Sources">What each upstream did.</param>
public sealed record DispatchReadiness(
    string VehicleNumber,
    string? DlNumber,
    DateTimeOffset CheckedAt,
    ReadinessVerdict Verdict,
    bool Dispatchable,
    IReadOnlyList<string> Blockers,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Unverified,
    IReadOnlyList<ReadinessCheck> Checks,
    IReadOnlyList<ReadinessSource> Sources);

/// <summary>The verdict of a readiness check.</summary>
public enum ReadinessVerdict
{
    /// <summary>Every check the upstreams can answer passed (warnings aside); unavailable checks are listed in Unverified.</summary>
    Ready,

    /// <summary>At least one check failed.</summary>
    NotReady,

    /// <summary>Nothing failed, but an upstream could not be asked or its record lacked a field.</summary>
    Unknown,
}

/// <summary>The outcome of one check.</summary>
public enum CheckStatus
{
    /// <summary>Passed.</summary>
    Pass,

    /// <summary>Passed, but needs attention.</summary>
    Warn,

    /// <summary>Blocks dispatch.</summary>
    Fail,

    /// <summary>Could not be decided: the upstream failed, or its record lacks the field; asking again may tell.</summary>
    Unknown,

    /// <summary>Does not apply to this vehicle.</summary>
    NotApplicable,

    /// <summary>Not asked for.</summary>
    NotChecked,

    /// <summary>No upstream records it (e.g. a permit's validity): check it on the document. Does not change the verdict.</summary>
    Unavailable,
}

/// <summary>One check of a readiness answer.</summary>
/// <param name="Name">What was checked, e.g. insurance, fastag, licence_class.</param>
/// <param name="Source">The upstream it was decided on: VAHAN, VAHAN/04, SARATHI, FASTAG, ECHALLAN.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Detail">The outcome in words.</param>
/// <param name="Evidence">The upstream values it was decided on.</param>
public sealed record ReadinessCheck(string Name, string Source, CheckStatus Status, string Detail, IReadOnlyDictionary<string, string?> Evidence);

/// <summary>What an upstream did for a readiness check.</summary>
/// <param name="Service">VAHAN, VAHAN/04, SARATHI, FASTAG or ECHALLAN.</param>
/// <param name="Outcome">found, not_found, failed, timed_out, refused (the upstream refused the server) or rejected (it refused the request).</param>
/// <param name="CacheHit">Whether its answer came from the platform's cache.</param>
/// <param name="Detail">Why it failed, when it did.</param>
public sealed record ReadinessSource(string Service, string Outcome, bool? CacheHit, string? Detail);
