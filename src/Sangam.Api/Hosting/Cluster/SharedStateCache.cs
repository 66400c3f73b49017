using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sangam.Api.Data;

namespace Sangam.Api.Hosting.Cluster;

/// <summary>
/// State the request path reads on every call (a login session, an account's profile, an API key, what locating a
/// driver needs), read from the database once and kept in this node's memory for a short while. A change drops it at
/// once on this node and, through <see cref="CacheInvalidation"/>, on the others, so the short lifetime only bounds
/// what a lost message costs.
/// </summary>
public sealed class SharedStateCache<TState>
    where TState : class
{
    private readonly string _topic;
    private readonly IDbContextFactory<SangamDb> _databases;
    private readonly IMemoryCache _cache;
    private readonly CacheInvalidation _invalidation;
    private readonly Func<TimeSpan> _lifetime;

    // Counts the drops of this topic, so a read that raced one does not keep what it read before the change.
    private long _drops;

    public SharedStateCache(string topic, IDbContextFactory<SangamDb> databases, IMemoryCache cache, CacheInvalidation invalidation, Func<TimeSpan> lifetime)
    {
        (_topic, _databases, _cache, _invalidation, _lifetime) = (topic, databases, cache, invalidation, lifetime);
        invalidation.Handle(topic, Drop);
    }

    /// <summary>The cached state of <paramref name="id"/>, else what <paramref name="read"/> finds (null is not kept).</summary>
    public async ValueTask<TState?> GetAsync(string id, Func<SangamDb, CancellationToken, Task<TState?>> read, CancellationToken cancellationToken)
    {
        var key = new CacheKey(_topic, id);
        if (_cache.TryGetValue(key, out TState? cached))
        {
            return cached;
        }

        var drops = Interlocked.Read(ref _drops);
        await using var db = await _databases.CreateDbContextAsync(cancellationToken);
        var state = await read(db, cancellationToken);
        if (state is not null)
        {
            _cache.Set(key, state, _lifetime());

            // A change committed while this read ran may have been dropped before the line above kept the old state.
            // Drop counts first, then removes: either its removal comes after the Set, or the count has moved here.
            if (Interlocked.Read(ref _drops) != drops)
            {
                _cache.Remove(key);
            }
        }

        return state;
    }

    /// <summary>Drops the state of <paramref name="id"/> on every node.</summary>
    public Task EvictAsync(string id) => _invalidation.PublishAsync(_topic, id);

    private void Drop(string id)
    {
        Interlocked.Increment(ref _drops);
        _cache.Remove(new CacheKey(_topic, id));
    }

    private readonly record struct CacheKey(string Topic, string Id);
}
