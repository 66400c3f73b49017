using Sangam.Api.Accounts;

namespace Sangam.Api.Auth;

/// <summary>An access token to its <see cref="Caller"/>, or the reason it is refused.</summary>
public readonly record struct CallerResolution(Caller? Caller, string? Failure);

/// <summary>
/// Verifies an access token, then that its login session is still the current one (refresh, password change,
/// disabling and reuse detection revoke at once), and reads its account. The API's <c>Authorization</c> header and
/// the console's session cookie both carry such a token and both are checked here.
/// </summary>
public sealed class CallerResolver(TokenService tokens, SessionStore sessions, AccountDirectory accounts, TimeProvider time)
{
    public async Task<CallerResolution> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        var reading = await tokens.ReadAsync(token, TokenKind.Access);
        if (!reading.IsValid)
        {
            return new(null, reading.Describe());
        }

        var session = await sessions.FindAsync(reading.SessionId, cancellationToken);
        if (session is null || session.IsRevokedOrDisabled || session.UserId != reading.UserId
            || session.CurrentRefreshJti != reading.RefreshJti || session.ExpiresAt <= time.GetUtcNow())
        {
            return new(null, "The token has been revoked or replaced by a refresh; log in again or use the newest token.");
        }

        var account = await accounts.FindAsync(session.AccountId, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return new(null, "The account of this user is disabled.");
        }

        return new(new Caller(session.UserId, session.Username, session.Email, session.Role, session.SessionId, account), null);
    }
}
