using Sangam.Api.Accounts;
using Sangam.Api.Auth.ApiKeys;

namespace Sangam.Api.Auth;

/// <summary>An access token or API key to its <see cref="Caller"/>, or the reason it is refused.</summary>
public readonly record struct CallerResolution(Caller? Caller, string? Failure);

/// <summary>
/// Verifies an access token, then that its login session is still the current one (refresh, password change,
/// disabling and reuse detection revoke at once), and reads its account. The API's <c>Authorization</c> header and
/// the console's session cookie both carry such a token and both are checked here. API keys, accepted by the API
/// only, are checked here too: revocation, expiry and a disabled account refuse them at once.
/// </summary>
public sealed class CallerResolver(TokenService tokens, SessionStore sessions, ApiKeyStore apiKeys, AccountDirectory accounts, TimeProvider time)
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

        return await ForAccountAsync(session.AccountId, "user", account =>
            new Caller(session.UserId, session.Username, session.Email, session.Role, session.SessionId, account), cancellationToken);
    }

    public async Task<CallerResolution> ResolveApiKeyAsync(string key, CancellationToken cancellationToken)
    {
        if (!ApiKeyToken.TryReadPublicId(key, out var publicId))
        {
            return new(null, $"This is not an API key. A key looks like {ApiKeyToken.Shape}; send it as 'Authorization: ApiKey <key>'.");
        }

        // The public id is not secret: only the hash comparison decides whether the key is genuine.
        var state = await apiKeys.FindAsync(publicId, cancellationToken);
        if (state is null || !ApiKeyToken.Matches(key, state.SecretHash))
        {
            return new(null, "Unknown API key. Check that it was copied whole; an administrator can list the account's keys by their prefix.");
        }

        var now = time.GetUtcNow();
        if (state.IsRevoked)
        {
            return new(null, $"The API key {ApiKeyToken.DisplayPrefix(publicId)} has been revoked; ask an administrator for a new one.");
        }

        if (state.ExpiresAt <= now)
        {
            return new(null, $"The API key {ApiKeyToken.DisplayPrefix(publicId)} expired at {state.ExpiresAt:u}; ask an administrator for a new one.");
        }

        var resolution = await ForAccountAsync(state.AccountId, "API key", account => Caller.ForApiKey(state.Grant, account), cancellationToken);
        if (resolution.Caller is not null)
        {
            await apiKeys.RecordUseAsync(state.Id, now, cancellationToken);
        }

        return resolution;
    }

    private async Task<CallerResolution> ForAccountAsync(long accountId, string holder, Func<AccountProfile, Caller> caller, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(accountId, cancellationToken);
        return account is null || account.IsDisabled
            ? new(null, $"The account of this {holder} is disabled.")
            : new(caller(account), null);
    }
}
