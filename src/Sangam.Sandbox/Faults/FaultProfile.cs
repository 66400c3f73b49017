namespace Sangam.Sandbox.Faults;

/// <summary>
/// How an emulator misbehaves, so tests and benchmarks can exercise the platform's handling of slow and failing
/// upstreams. All zero: a healthy, instant upstream.
/// </summary>
public sealed record FaultProfile
{
    public static readonly FaultProfile Healthy = new();

    /// <summary>Added to every answer.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Share of requests (0-1) answered with <see cref="ErrorStatus"/> instead of the real answer.</summary>
    public double ErrorRate { get; init; }

    /// <summary>Status of injected errors (502 by default, as real gateways fail).</summary>
    public int ErrorStatus { get; init; } = 502;

    /// <summary>Share of requests (0-1) that hang until the caller gives up.</summary>
    public double TimeoutRate { get; init; }

    /// <summary>
    /// Share of requests (0-1) answered the way a gateway answers when the system behind it is down: for ULIP, its
    /// in-band "&lt;SERVICE&gt; - 3rd party service is down!" item. Emulators of upstreams without such an answer ignore it.
    /// </summary>
    public double DownRate { get; init; }

    /// <summary>Added to the upstream's login/token call only.</summary>
    public TimeSpan LoginLatency { get; init; }
}
