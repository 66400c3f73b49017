using System.Collections.Concurrent;

namespace Sangam.Sandbox.Ulip;

/// <summary>What reached the emulator: logins, calls per service and concurrency, for tests and benchmarks.</summary>
public sealed class UlipEmulatorStats
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _logins;
    private long _inFlight;
    private long _maxInFlight;

    public long Logins => Interlocked.Read(ref _logins);

    public long MaxInFlight => Interlocked.Read(ref _maxInFlight);

    public long CallsTo(string service) => _calls.GetValueOrDefault(service);

    public void CountLogin() => Interlocked.Increment(ref _logins);

    /// <summary>Counts a call to <paramref name="service"/> (e.g. <c>VAHAN/01</c>); dispose the result when it ends.</summary>
    public IDisposable Enter(string service)
    {
        _calls.AddOrUpdate(service, 1, (_, count) => count + 1);
        var inFlight = Interlocked.Increment(ref _inFlight);
        long max;
        while (inFlight > (max = Interlocked.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) != max)
        {
        }

        return new Exit(this);
    }

    public void Reset()
    {
        _calls.Clear();
        Interlocked.Exchange(ref _logins, 0);
        Interlocked.Exchange(ref _maxInFlight, Interlocked.Read(ref _inFlight));
    }

    public UlipStatsView Snapshot() => new(Logins, new SortedDictionary<string, long>(_calls, StringComparer.Ordinal), Interlocked.Read(ref _inFlight), MaxInFlight);

    private sealed class Exit(UlipEmulatorStats stats) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref stats._inFlight);
            }
        }
    }
}

/// <summary>Body of <c>GET /sandbox/ulip/_stats</c>.</summary>
public sealed record UlipStatsView(long Logins, IReadOnlyDictionary<string, long> Calls, long InFlight, long MaxInFlight);
