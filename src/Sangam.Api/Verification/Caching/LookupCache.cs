using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Data;

namespace Sangam.Api.Verification.Caching;

/// <summary>
/// Keeps upstream answers for their service's lifetime in two levels: this node's memory, then the database, which
/// every node shares. Concurrent identical requests share one upstream call. A fresh request (the caller sent
/// <c>Cache-Control: no-cache</c>) skips both levels and refreshes them. Failures are never kept.
/// </summary>
public sealed class LookupCache : IDisposable
{
    private readonly MemoryCache _memory;
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedAnswer>>> _inFlight = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<LookupCacheOptions> _options;
    private readonly TimeProvider _time;

    public LookupCache(IServiceScopeFactory scopes, IOptions<LookupCacheOptions> options, TimeProvider time)
    {
        _scopes = scopes;
        _options = options;
        _time = time;
        _memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MemoryEntries) });
    }

    private sealed record MemoryEntry(CachedAnswer Answer, DateTimeOffset ExpiresAt);

    /// <summary>The cached answer for <paramref name="key"/>, or the result of <paramref name="fetch"/>.</summary>
    /// <exception cref="Platform.Errors.UpstreamException">The upstream failed; every caller waiting on that call sees it.</exception>
    public async Task<CachedAnswer> GetAsync(LookupKey key, bool fresh, Func<CancellationToken, Task<UlipAnswer>> fetch, CancellationToken cancellationToken)
    {
        if (!fresh && _memory.TryGetValue(key.Id, out MemoryEntry? remembered) && remembered!.ExpiresAt > _time.GetUtcNow())
        {
            return remembered.Answer;
        }

        // Fresh requests share a call only with each other: they must not be answered by a call that reads the cache.
        var flightId = fresh ? key.Id + "|fresh" : key.Id;
        var flight = _inFlight.GetOrAdd(flightId, id => new Lazy<Task<CachedAnswer>>(() => FlyAsync(id, key, fresh, fetch)));

        // The call runs to completion for everyone waiting on it even if this caller gives up.
        return await flight.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Forgets what this node holds in memory (the database level stays).</summary>
    public void ClearMemory() => _memory.Compact(1.0);

    public void Dispose() => _memory.Dispose();

    private async Task<CachedAnswer> FlyAsync(string flightId, LookupKey key, bool fresh, Func<CancellationToken, Task<UlipAnswer>> fetch)
    {
        try
        {
            if (!fresh && await ReadStoredAsync(key) is { } stored)
            {
                Remember(key, stored.Answer, stored.ExpiresAt);
                return stored.Answer;
            }

            var answer = await fetch(CancellationToken.None);
            var fetchedAt = _time.GetUtcNow();
            var lifetime = _options.Value.LifetimeOf(key.Service, answer.Found);
            var result = new CachedAnswer(answer, CacheHit: false, fetchedAt);
            if (lifetime > TimeSpan.Zero)
            {
                await StoreAsync(key, answer, fetchedAt, fetchedAt + lifetime);
                Remember(key, result with { CacheHit = true }, fetchedAt + lifetime);
            }

            return result;
        }
        finally
        {
            // Only this flight can be registered under its id until it leaves, so it removes itself.
            _inFlight.TryRemove(flightId, out _);
        }
    }

    private void Remember(LookupKey key, CachedAnswer answer, DateTimeOffset expiresAt)
    {
        var lifetime = _options.Value.MemoryLifetime;
        var now = _time.GetUtcNow();
        if (lifetime <= TimeSpan.Zero || _options.Value.MemoryEntries == 0)
        {
            return;
        }

        var until = expiresAt < now + lifetime ? expiresAt : now + lifetime;
        _memory.Set(key.Id, new MemoryEntry(answer, until), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
    }

    private async Task<MemoryEntry?> ReadStoredAsync(LookupKey key)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var now = _time.GetUtcNow();
        var row = await db.CachedLookups.AsNoTracking()
            .Where(c => c.AccountId == key.AccountId && c.Service == key.Service && c.RequestHash == key.RequestHash && c.ExpiresAt > now)
            .Select(c => new { c.Payload, c.ResponseStatus, c.ResponseCode, c.Found, c.FetchedAt, c.ExpiresAt })
            .FirstOrDefaultAsync();
        if (row is null)
        {
            return null;
        }

        using var payload = JsonDocument.Parse(row.Payload);
        var answer = new UlipAnswer(payload.RootElement.Clone(), row.ResponseStatus, row.ResponseCode, row.Found);
        return new MemoryEntry(new CachedAnswer(answer, CacheHit: true, row.FetchedAt), row.ExpiresAt);
    }

    private async Task StoreAsync(LookupKey key, UlipAnswer answer, DateTimeOffset fetchedAt, DateTimeOffset expiresAt)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var payload = answer.Payload.GetRawText();
        var updated = await db.CachedLookups
            .Where(c => c.AccountId == key.AccountId && c.Service == key.Service && c.RequestHash == key.RequestHash)
            .ExecuteUpdateAsync(c => c
                .SetProperty(x => x.Payload, payload)
                .SetProperty(x => x.ResponseStatus, answer.ResponseStatus)
                .SetProperty(x => x.ResponseCode, answer.ResponseCode)
                .SetProperty(x => x.Found, answer.Found)
                .SetProperty(x => x.FetchedAt, fetchedAt)
                .SetProperty(x => x.ExpiresAt, expiresAt));
        if (updated > 0)
        {
            return;
        }

        db.CachedLookups.Add(new CachedLookup
        {
            AccountId = key.AccountId,
            Service = key.Service,
            RequestHash = key.RequestHash,
            Payload = payload,
            ResponseStatus = answer.ResponseStatus,
            ResponseCode = answer.ResponseCode,
            Found = answer.Found,
            FetchedAt = fetchedAt,
            ExpiresAt = expiresAt,
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another node stored the same answer a moment ago; either copy is as fresh as the other.
        }
    }
}
