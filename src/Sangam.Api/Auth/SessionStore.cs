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
    private readonly SharedStateCache<SessionState> _sessions;

    public SessionStore(IDbContextFactory<SangamDb> databases, IMemoryCache cache, IOptions<AuthOptions> options, CacheInvalidation invalidation) =>
        _sessions = new("session", databases, cache, invalidation, () => options.Value.StateCacheDuration);

    public ValueTask<SessionState?> FindAsync(Guid sessionId, CancellationToken cancellationToken) =>
        _sessions.GetAsync(sessionId.ToString(), (db, token) => db.AuthSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new SessionState(s.Id, s.UserId, s.User.AccountId, s.User.Username, s.User.Email, s.User.Role,
                s.CurrentRefreshJti, s.ExpiresAt, s.RevokedAt != null || s.User.IsDisabled))
            .FirstOrDefaultAsync(token), cancellationToken);

    public Task EvictAsync(Guid sessionId) => _sessions.EvictAsync(sessionId.ToString());

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
