using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Sangam.Api.Auth;

namespace Sangam.Api.Accounts;

/// <summary>
/// The authenticated user of the current request and its account. Handlers take it as a parameter; it is set by
/// <see cref="JwtAuthenticationHandler"/>, so every query a handler makes can be scoped to <see cref="AccountId"/>.
/// </summary>
public sealed record Caller(long UserId, string Username, string? Email, UserRole Role, Guid SessionId, AccountProfile Account)
{
    public long AccountId => Account.Id;

    public bool IsAdmin => Role == UserRole.Admin;

    /// <summary>Minimal-API binding: the caller comes from the authenticated request, never from its body or query.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<Caller>());
}

public static class CallerHttpContextExtensions
{
    public static Caller? FindCaller(this HttpContext context) => context.Features.Get<Caller>();

    /// <summary>The authentication ticket of a caller: its user id, name and role as claims.</summary>
    public static AuthenticationTicket ToTicket(this Caller caller, string scheme)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim("user_id", caller.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, caller.Username),
                new Claim(ClaimTypes.Role, caller.Role.ToString()),
            ],
            scheme);
        return new AuthenticationTicket(new ClaimsPrincipal(identity), scheme);
    }
}
