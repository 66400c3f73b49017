using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Hosting.Telemetry;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Vehicles.Caching;

/// <summary>
/// Keeps upstream answers for their service's lifetime in two levels: this node's memory, then the database, which
/// every node shares. Concurrent identical requests share one upstream call, on this node and, through
/// <see cref="SharedFlight"/>, across nodes. A fresh request (the caller sent <c>Cache-Control: no-cache</c>) skips
/// both levels and refreshes them. Failures are never kept: every caller waiting on the failed call gets the failure,
/// and the next caller asks the upstream again.
/// </summary>
public sealed class LookupCache : IDisposable
{
    private readonly MemoryCache _memory;
    private readonly ConcurrentDictionary<string, Lazy<Task<UpstreamResult<CachedAnswer>>>> _inFlight = new(StringComparer.Ordinal);
    private readonly LookupStore _store;
    private readonly SharedFlight _shared;
    private readonly SangamMetrics _metrics;
    private readonly IOptions<LookupCacheOptions> _options;
    private readonly TimeProvider _time;

    public LookupCache(LookupStore store, SharedFlight shared, SangamMetrics metrics, IOptions<LookupCacheOptions> options, TimeProvider time)
    {
        _store = store;
        _shared = shared;
        _metrics = metrics;
        _options = options;
        _time = time;
        _memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MemoryEntries) });
    }

    private sealed record MemoryEntry(CachedAnswer Answer, DateTimeOffset ExpiresAt);

    /// <summary>The cached answer for <paramref name="key"/>, or the result of <paramref name="fetch"/>.</summary>
    public async Task<UpstreamResult<CachedAnswer>> GetAsync(
        LookupKey key, bool fresh, Func<CancellationToken, Task<UpstreamResult<UlipAnswer>>> fetch, CancellationToken cancellationToken)
    {
        if (!fresh && Recall(key) is { } remembered)
        {
            _metrics.Lookup(key.Service.ToString(), "memory");
            return remembered;
        }

        // Fresh requests share a call only with each other: they must not be answered by a call that reads the cache.
        var flightId = fresh ? key.Id + "|fresh" : key.Id;
        var mine = new Lazy<Task<UpstreamResult<CachedAnswer>>>(() => FlyAsync(flightId, key, fresh, fetch));
        var flight = _inFlight.GetOrAdd(flightId, mine);
        if (flight != mine)
        {
            _metrics.LookupMerged("node");
        }

        // The call runs to completion for everyone waiting on it even if this caller gives up.
        return await flight.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Forgets what this node holds in memory (the database level stays).</summary>
    public void ClearMemory() => _memory.Compact(1.0);

    public void Dispose() => _memory.Dispose();

    private async Task<UpstreamResult<CachedAnswer>> FlyAsync(
        string flightId, LookupKey key, bool fresh, Func<CancellationToken, Task<UpstreamResult<UlipAnswer>>> fetch)
    {
        try
        {
            // A flight that just ended may have answered this key after the caller looked in memory.
            if (!fresh && Recall(key) is { } remembered)
            {
                _metrics.Lookup(key.Service.ToString(), "memory");
                return remembered;
            }

            if (!fresh && await _store.ReadAsync(key) is { } stored)
            {
                _metrics.Lookup(key.Service.ToString(), "database");
                Remember(key, stored.Answer, stored.ExpiresAt);
                return stored.Answer;
            }

            // Fresh requests share nothing with other nodes either.
            await using var lease = fresh ? FlightLease.Alone : await _shared.LeadOrWaitAsync(key.Id);
            if (lease.Followed && await _store.ReadAsync(key) is { } handedOver)
            {
                _metrics.LookupMerged("cluster");
                _metrics.Lookup(key.Service.ToString(), "database");
                Remember(key, handedOver.Answer, handedOver.ExpiresAt);
                return handedOver.Answer;
            }

            _metrics.Lookup(key.Service.ToString(), "upstream");
            var fetched = await fetch(CancellationToken.None);
            if (fetched.Failure is { } failure)
            {
                return failure;
            }

            var answer = fetched.Value;
            var fetchedAt = _time.GetUtcNow();
            var lifetime = _options.Value.LifetimeOf(key.Service, answer.Found);
            var result = new CachedAnswer(answer, CacheHit: false, fetchedAt);
            if (lifetime > TimeSpan.Zero)
            {
                Remember(key, result with { CacheHit = true }, fetchedAt + lifetime);
                if (lease.IsLeader)
                {
                    await _store.SaveNowAsync(key, answer, fetchedAt, fetchedAt + lifetime);
                }
                else
                {
                    _store.Save(key, answer, fetchedAt, fetchedAt + lifetime);
                }
            }

            return result;
        }
        finally
        {
            // Only this flight can be registered under its id until it leaves, so it removes itself.
            _inFlight.TryRemove(flightId, out _);
        }
    }

    private CachedAnswer? Recall(LookupKey key) =>
        _memory.TryGetValue(key.Id, out MemoryEntry? remembered) && remembered!.ExpiresAt > _time.GetUtcNow() ? remembered.Answer : null;

    private void Remember(LookupKey key, CachedAnswer answer, DateTimeOffset expiresAt)
    {
        var lifetime = _options.Value.MemoryLifetime;
        if (lifetime <= TimeSpan.Zero || _options.Value.MemoryEntries == 0)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var until = expiresAt < now + lifetime ? expiresAt : now + lifetime;
        _memory.Set(key.Id, new MemoryEntry(answer, until), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
    }
}
