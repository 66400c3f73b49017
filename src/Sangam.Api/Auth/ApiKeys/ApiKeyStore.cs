using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Cluster;

namespace Sangam.Api.Auth.ApiKeys;

/// <summary>What the request path needs to know about an API key.</summary>
public sealed record ApiKeyState(
    long Id, long AccountId, string PublicId, string Name, byte[] SecretHash, FrozenSet<ApiFamily>? Families, DateTimeOffset? ExpiresAt, bool IsRevoked)
{
    public ApiKeyGrant Grant => new(Id, ApiKeyToken.DisplayPrefix(PublicId), Name, Families);
}

/// <summary>
/// Reads API keys for authentication, cached for <see cref="AuthOptions.StateCacheDuration"/> like login sessions
/// (<see cref="SessionStore"/>): a revocation drops the cached key at once on this node and, through
/// <see cref="CacheInvalidation"/>, on the others. Also keeps each key's last-used time, written at most once per
/// <see cref="LastUsedPrecision"/> per key and node rather than on every request.
/// </summary>
public sealed partial class ApiKeyStore
{
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    private readonly SharedStateCache<ApiKeyState> _keys;
    private readonly IDbContextFactory<SangamDb> _databases;
    private readonly ILogger<ApiKeyStore> _logger;
    private readonly ConcurrentDictionary<long, DateTimeOffset> _lastWritten = new();

    public ApiKeyStore(IDbContextFactory<SangamDb> databases, IMemoryCache cache, IOptions<AuthOptions> options, CacheInvalidation invalidation, ILogger<ApiKeyStore> logger)
    {
        _keys = new("api-key", databases, cache, invalidation, () => options.Value.StateCacheDuration);
        _databases = databases;
        _logger = logger;
    }

    public ValueTask<ApiKeyState?> FindAsync(string publicId, CancellationToken cancellationToken) =>
        _keys.GetAsync(publicId, async (db, token) =>
            await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.PublicId == publicId, token) is { } row
                ? new ApiKeyState(row.Id, row.AccountId, row.PublicId, row.Name, row.SecretHash, row.Families?.ToFrozenSet(), row.ExpiresAt, row.RevokedAt is not null)
                : null, cancellationToken);

    /// <summary>Drops the cached key everywhere, after a revocation.</summary>
    public Task EvictAsync(string publicId) => _keys.EvictAsync(publicId);

    /// <summary>Notes that the key authenticated a request now; writes it when the last write is older than <see cref="LastUsedPrecision"/>.</summary>
    public async Task RecordUseAsync(long keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = _lastWritten.TryGetValue(keyId, out var written)
            ? now - written >= LastUsedPrecision && _lastWritten.TryUpdate(keyId, now, written)
            : _lastWritten.TryAdd(keyId, now);
        if (!due)
        {
            return;
        }

        try
        {
            await using var db = await _databases.CreateDbContextAsync(cancellationToken);
            await db.ApiKeys
                .Where(k => k.Id == keyId && (k.LastUsedAt == null || k.LastUsedAt < now))
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }
        catch (DbException e)
        {
            // The request is authenticated either way; the key's first use after a minute tries again.
            LogLastUsedFailed(_logger, e, keyId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the last use of API key {KeyId}")]
    private static partial void LogLastUsedFailed(ILogger logger, Exception exception, long keyId);
}
