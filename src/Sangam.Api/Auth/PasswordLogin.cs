using System.Net;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;

namespace Sangam.Api.Auth;

/// <summary>Why a login was refused.</summary>
public enum LoginRefusal
{
    InvalidCredentials,

    /// <summary>Too many failed logins from the client's address.</summary>
    AddressBlocked,

    /// <summary>Too many failed logins for the username.</summary>
    UsernameLocked,

    /// <summary>Too many successful logins of the user in a minute.</summary>
    TooManyLogins,
}

/// <summary>A login's outcome: the new session's tokens, or why it was refused and how long to wait.</summary>
public sealed record LoginAttempt(TokenPair? Tokens, LoginRefusal? Refusal = null, TimeSpan? RetryAfter = null)
{
    public static LoginAttempt Refused(LoginRefusal refusal, TimeSpan? retryAfter = null) => new(null, refusal, retryAfter);
}

/// <summary>
/// Username and password to a login session, with the lockout and limits of <see cref="LoginThrottle"/> and
/// <see cref="LoginLimits"/>. The API's token login and the console's sign-in both go through here.
/// </summary>
public sealed class PasswordLogin(Passwords passwords, LoginThrottle throttle, LoginLimits limits, TokenService tokens, TimeProvider time)
{
    public async Task<LoginAttempt> AttemptAsync(SangamDb db, string? username, string? password, IPAddress? address, CancellationToken cancellationToken)
    {
        if (await limits.AddressBlockedForAsync(address) is { } blockedFor)
        {
            return LoginAttempt.Refused(LoginRefusal.AddressBlocked, blockedFor);
        }

        var normalized = User.Normalize(username ?? "");
        if (await throttle.LockedForAsync(db, normalized, cancellationToken) is { } lockedFor)
        {
            return LoginAttempt.Refused(LoginRefusal.UsernameLocked, lockedFor);
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUsername == normalized)
            .Select(u => new { u.Id, u.AccountId, u.Username, u.Email, u.PasswordHash, Usable = !u.IsDisabled && !u.Account.IsDisabled })
            .FirstOrDefaultAsync(cancellationToken);

        // Verify even for unknown or disabled users: the answer and its timing must not tell them apart.
        var passwordMatches = passwords.Verify(user?.PasswordHash, password ?? "");
        if (user is null || !user.Usable || !passwordMatches)
        {
            await limits.RecordFailureAsync(address);
            await throttle.RecordFailureAsync(db, normalized, cancellationToken);
            return LoginAttempt.Refused(LoginRefusal.InvalidCredentials);
        }

        if (await limits.TryCountSuccessAsync(user.Id) is { } waitFor)
        {
            return LoginAttempt.Refused(LoginRefusal.TooManyLogins, waitFor);
        }

        await throttle.ClearAsync(db, normalized, cancellationToken);
        var now = time.GetUtcNow();
        var sessionId = Guid.CreateVersion7();
        var pair = tokens.Issue(new TokenSubject(user.Id, user.AccountId, user.Username, user.Email, sessionId));
        db.AuthSessions.Add(new AuthSession
        {
            Id = sessionId,
            UserId = user.Id,
            CurrentRefreshJti = pair.RefreshJti,
            CreatedAt = now,
            RefreshedAt = now,
            ExpiresAt = pair.RefreshExpiresAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new LoginAttempt(pair);
    }
}
