using Sangam.Client.Http;

namespace Sangam.Client.Auth;

/// <summary>Login, token refresh and the caller's own account.</summary>
public sealed class AuthClient
{
    private readonly SangamConnection _connection;

    internal AuthClient(SangamConnection connection) => _connection = connection;

    /// <summary>Raised after every login or refresh with the new pair (e.g. to save it).</summary>
    public event EventHandler<SangamTokens>? TokensChanged
    {
        add => _connection.TokensChanged += value;
        remove => _connection.TokensChanged -= value;
    }

    /// <summary>The current tokens, or null before the first login.</summary>
    public SangamTokens? Tokens => _connection.Tokens;

    /// <summary>Logs in (<c>POST /api/v2/token-auth/</c>). Refused credentials throw <see cref="SangamAuthenticationException"/>.</summary>
    public Task<SangamTokens> LoginAsync(string username, string password, CancellationToken cancellationToken = default) =>
        _connection.LoginAsync(username, password, cancellationToken);

    /// <summary>Exchanges the refresh token for a new pair now (the client also does this by itself before expiry).</summary>
    public Task<SangamTokens> RefreshAsync(CancellationToken cancellationToken = default) => _connection.RefreshAsync(cancellationToken);

    /// <summary>The caller, its account and the API families, Subids and GSTINs of the account.</summary>
    public Task<WhoAmI> WhoAmIAsync(CancellationToken cancellationToken = default) =>
        _connection.SendAsync<WhoAmI>(HttpMethod.Get, "api/v2/users/me/", null, cancellationToken);

    /// <summary>Changes the caller's password; every token of the user stops working, so log in again afterwards.</summary>
    public Task ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken = default) =>
        _connection.SendAsync(HttpMethod.Post, "api/v2/users/me/password",
            SangamConnection.Json(new { current_password = currentPassword, new_password = newPassword }), cancellationToken);
}

/// <summary>The caller and what its account may do.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The login name.</param>
/// <param name="Email">The user's email address, if any.</param>
/// <param name="Role"><c>member</c> or <c>admin</c>.</param>
/// <param name="Account">The account the user belongs to.</param>
public sealed record WhoAmI(long UserId, string Username, string? Email, string Role, AccountSummary Account);

/// <summary>An account as its users see it.</summary>
/// <param name="Id">The account id.</param>
/// <param name="Slug">The account's short handle.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="Families">API families the account may call.</param>
/// <param name="Subids">Subscription ids of the account.</param>
/// <param name="Gstins">GSTINs the account owns.</param>
public sealed record AccountSummary(long Id, string Slug, string Name, IReadOnlyList<string> Families, IReadOnlyList<string> Subids, IReadOnlyList<string> Gstins);
