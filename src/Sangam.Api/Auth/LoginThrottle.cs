using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;

namespace Sangam.Api.Auth;

/// <summary>
/// Locks a username after <see cref="AuthOptions.LockoutThreshold"/> failures within <see cref="AuthOptions.LockoutWindow"/>.
/// Failures are counted per username whether or not it exists, so a lockout reveals nothing about which usernames exist.
/// </summary>
public sealed class LoginThrottle(IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>How long until the username may try again, or null when it is not locked.</summary>
    public async Task<TimeSpan?> LockedForAsync(SangamDb db, string normalizedUsername, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - options.Value.LockoutWindow;
        var recent = await db.LoginFailures.AsNoTracking()
            .Where(f => f.NormalizedUsername == normalizedUsername && f.OccurredAt > since)
            .OrderByDescending(f => f.OccurredAt)
            .Select(f => f.OccurredAt)
            .Take(options.Value.LockoutThreshold)
            .ToListAsync(cancellationToken);
        if (recent.Count < options.Value.LockoutThreshold)
        {
            return null;
        }

        // Locked until the oldest of the last N failures leaves the window.
        return recent[^1] + options.Value.LockoutWindow - now;
    }

    public async Task RecordFailureAsync(SangamDb db, string normalizedUsername, CancellationToken cancellationToken)
    {
        db.LoginFailures.Add(new LoginFailure { NormalizedUsername = normalizedUsername, OccurredAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task ClearAsync(SangamDb db, string normalizedUsername, CancellationToken cancellationToken) =>
        db.LoginFailures.Where(f => f.NormalizedUsername == normalizedUsername).ExecuteDeleteAsync(cancellationToken);
}
