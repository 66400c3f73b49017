using System.Collections.Frozen;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Sangam.Api.Auth;

namespace Sangam.Api.Accounts;

/// <summary>
/// The authenticated user of the current request and its account. Handlers take it as a parameter; it is set by
/// <see cref="JwtAuthenticationHandler"/>, so every query a handler makes can be scoped to <see cref="AccountId"/>.
/// A request made with an API key has no user and no login session: its <see cref="ApiKey"/> says which key it is.
/// </summary>
public sealed record Caller(long? UserId, string Username, string? Email, UserRole Role, Guid? SessionId, AccountProfile Account)
{
    /// <summary>The API key the request was authenticated with; null for a login's token.</summary>
    public ApiKeyGrant? ApiKey { get; init; }

    public long AccountId => Account.Id;

    public bool IsAdmin => Role == UserRole.Admin;

    /// <summary>The account's families, within the API key's scope for a request made with a key.</summary>
    public IEnumerable<ApiFamily> Families => Account.Families.Where(IsEntitledTo);

    public bool IsEntitledTo(ApiFamily family) => Account.IsEntitledTo(family) && (ApiKey?.Allows(family) ?? true);

    /// <summary>A request made with <paramref name="key"/>: a member of its account, named by the key's prefix.</summary>
    public static Caller ForApiKey(ApiKeyGrant key, AccountProfile account) =>
        new(null, key.Prefix, null, UserRole.Member, null, account) { ApiKey = key };

    /// <summary>Minimal-API binding: the caller comes from the authenticated request, never from its body or query.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<Caller>());
}

public static class CallerHttpContextExtensions
{
    public static Caller? FindCaller(this HttpContext context) => context.Features.Get<Caller>();

    /// <summary>The authentication ticket of a caller: its user id (or API key), name and role as claims.</summary>
    public static AuthenticationTicket ToTicket(this Caller caller, string scheme)
    {
        var identity = new ClaimsIdentity(
            [
                caller.ApiKey is { } key
                    ? new Claim("api_key_id", key.Id.ToString(CultureInfo.InvariantCulture))
                    : new Claim("user_id", caller.UserId!.Value.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, caller.Username),
                new Claim(ClaimTypes.Role, caller.Role.ToString()),
            ],
            scheme);
        return new AuthenticationTicket(new ClaimsPrincipal(identity), scheme);
    }
}

/// <summary>The API key a <see cref="Caller"/> authenticated with, and the families it is limited to (null: the account's).</summary>
/// <remarks><see cref="Prefix"/> is the key's non-secret beginning, by which people tell keys apart.</remarks>
public sealed record ApiKeyGrant(long Id, string Prefix, string Name, FrozenSet<ApiFamily>? Families)
{
    public bool Allows(ApiFamily family) => Families is null || Families.Contains(family);
}
