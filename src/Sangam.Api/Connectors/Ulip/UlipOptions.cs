using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// Configuration section <c>Ulip</c>: where ULIP is, the account's credentials and how patiently to call it. In
/// sandbox mode the base URL defaults to this server's ULIP emulator and the credentials to the emulator's.
/// </summary>
public sealed class UlipOptions
{
    public const string Section = "Ulip";

    /// <summary>Production <c>https://www.ulip.dpiit.gov.in/</c>, staging <c>https://www.ulipstaging.dpiit.gov.in/</c>.</summary>
    public Uri? BaseUrl { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Longest wait for one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for a call, retries included; then the caller gets a 504.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a lookup after a transient failure (5xx, 408, 429, a timed-out attempt, a broken connection).</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay; later ones back off exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Calls in flight to one ULIP service from this node; more wait in a queue.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentCalls { get; set; } = 32;

    /// <summary>Calls that may wait for a slot; beyond that a call fails at once with a 502.</summary>
    [Range(0, 100_000)]
    public int MaxQueuedCalls { get; set; } = 512;

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens the circuit of a service.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within the sampling duration before the breaker judges a service.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long calls to a service fail fast once its circuit opened, before one is let through to test it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    public bool HasCredentials => !string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password);
}
