using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sangam.Api.Data;

namespace Sangam.Api.Hosting.Cluster;

/// <summary>
/// State the request path reads on every call (a login session, an account's profile, an API key), read from the
/// database once and kept in this node's memory for a short while. A change drops it at once on this node and,
/// through <see cref="CacheInvalidation"/>, on the others, so the short lifetime only bounds what a lost message costs.
/// </summary>
public sealed class SharedStateCache<TState>
    where TState : class
{
    private readonly string _topic;
    private readonly IDbContextFactory<SangamDb> _databases;
    private readonly IMemoryCache _cache;
    private readonly CacheInvalidation _invalidation;
    private readonly Func<TimeSpan> _lifetime;

    public SharedStateCache(string topic, IDbContextFactory<SangamDb> databases, IMemoryCache cache, CacheInvalidation invalidation, Func<TimeSpan> lifetime)
    {
        (_topic, _databases, _cache, _invalidation, _lifetime) = (topic, databases, cache, invalidation, lifetime);
        invalidation.Handle(topic, id => cache.Remove(new CacheKey(topic, id)));
    }

    /// <summary>The cached state of <paramref name="id"/>, else what <paramref name="read"/> finds (null is not kept).</summary>
    public async ValueTask<TState?> GetAsync(string id, Func<SangamDb, CancellationToken, Task<TState?>> read, CancellationToken cancellationToken)
    {
        var key = new CacheKey(_topic, id);
        if (_cache.TryGetValue(key, out TState? cached))
        {
            return cached;
        }

        await using var db = await _databases.CreateDbContextAsync(cancellationToken);
        var state = await read(db, cancellationToken);
        if (state is not null)
        {
            _cache.Set(key, state, _lifetime());
        }

        return state;
    }

    /// <summary>Drops the state of <paramref name="id"/> on every node.</summary>
    public Task EvictAsync(string id) => _invalidation.PublishAsync(_topic, id);

    private readonly record struct CacheKey(string Topic, string Id);
}
