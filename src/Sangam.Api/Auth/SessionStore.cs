using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Cluster;

namespace Sangam.Api.Auth;

/// <summary>What the request path needs to know about a login session.</summary>
public sealed record SessionState(
    Guid SessionId,
    long UserId,
    long AccountId,
    string Username,
    string? Email,
    UserRole Role,
    string CurrentRefreshJti,
    DateTimeOffset ExpiresAt,
    bool IsRevokedOrDisabled);

/// <summary>
/// Reads login sessions for token checks, cached for <see cref="AuthOptions.StateCacheDuration"/>, and revokes them.
/// Every change goes through here, so the cached session is dropped at once on this node and, through
/// <see cref="CacheInvalidation"/>, on the others.
/// </summary>
public sealed class SessionStore
{
    private const string Topic = "session";

    private readonly IDbContextFactory<SangamDb> _databases;
    private readonly IMemoryCache _cache;
    private readonly IOptions<AuthOptions> _options;
    private readonly CacheInvalidation _invalidation;

    public SessionStore(IDbContextFactory<SangamDb> databases, IMemoryCache cache, IOptions<AuthOptions> options, CacheInvalidation invalidation)
    {
        _databases = databases;
        _cache = cache;
        _options = options;
        _invalidation = invalidation;
        invalidation.Handle(Topic, id => cache.Remove(new CacheKey(Guid.Parse(id))));
    }

    private readonly record struct CacheKey(Guid SessionId);

    public async ValueTask<SessionState?> FindAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var key = new CacheKey(sessionId);
        if (_cache.TryGetValue(key, out SessionState? cached))
        {
            return cached;
        }

        await using var db = await _databases.CreateDbContextAsync(cancellationToken);
        var state = await db.AuthSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new SessionState(s.Id, s.UserId, s.User.AccountId, s.User.Username, s.User.Email, s.User.Role,
                s.CurrentRefreshJti, s.ExpiresAt, s.RevokedAt != null || s.User.IsDisabled))
            .FirstOrDefaultAsync(cancellationToken);
        if (state is not null)
        {
            _cache.Set(key, state, _options.Value.StateCacheDuration);
        }

        return state;
    }

    public Task EvictAsync(Guid sessionId) => _invalidation.PublishAsync(Topic, sessionId.ToString());

    /// <summary>Revokes every live session of a user (password change, disabling, refresh-token reuse).</summary>
    public async Task RevokeAllAsync(SangamDb db, long userId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sessionIds = await db.AuthSessions
            .Where(s => s.UserId == userId && s.RevokedAt == null)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        await db.AuthSessions
            .Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, reason), cancellationToken);
        foreach (var id in sessionIds)
        {
            await EvictAsync(id);
        }
    }

    /// <summary>Revokes one session (refresh-token reuse: the whole token family is considered stolen).</summary>
    public async Task RevokeAsync(SangamDb db, Guid sessionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.AuthSessions
            .Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, reason), cancellationToken);
        await EvictAsync(sessionId);
    }
}
