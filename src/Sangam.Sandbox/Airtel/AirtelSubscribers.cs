using System.Collections.Concurrent;

namespace Sangam.Sandbox.Airtel;

/// <summary>The numbers registered with the sandbox Airtel account, by MSISDN (<c>91XXXXXXXXXX</c>). Kept in memory.</summary>
public sealed class AirtelSubscribers
{
    private readonly ConcurrentDictionary<string, Subscriber> _byMsisdn = new(StringComparer.Ordinal);

    /// <summary>Registers the number if new and starts a consent round.</summary>
    public Subscriber RequestConsent(string msisdn, string channel, string language, DateTimeOffset now, TimeSpan answerDelay)
    {
        var subscriber = _byMsisdn.GetOrAdd(msisdn, key => new Subscriber(key));
        subscriber.StartRound(channel, language, now, answerDelay);
        return subscriber;
    }

    public Subscriber? Find(string msisdn) => _byMsisdn.GetValueOrDefault(msisdn);

    public bool Remove(string msisdn) => _byMsisdn.TryRemove(msisdn, out _);
}

/// <summary>Calls the sandbox Airtel account received, per operation (faulted ones included), for tests and benchmarks.</summary>
public sealed class AirtelCallCounts
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public void Add(string operation) => _counts.AddOrUpdate(operation, 1, (_, count) => count + 1);

    public long this[string operation] => _counts.GetValueOrDefault(operation);

    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);
}
