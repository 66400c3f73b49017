using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;

namespace Sangam.Api.WebConsole;

/// <summary>
/// The console's session: the access token of a login session in an HttpOnly cookie scoped to <c>/console</c>, checked
/// exactly as an <c>Authorization</c> header is (<see cref="CallerResolver"/>), so revoking a login, changing a password
/// or disabling a user or account ends console sessions too. The cookie is never sent to the API's paths, so it cannot
/// be used to forge API calls; the console's own forms carry antiforgery tokens.
/// </summary>
public sealed class ConsoleAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CallerResolver callers) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Console";

    public const string CookieName = "sangam_console";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Cookies.TryGetValue(CookieName, out var token) || string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        var (caller, failure) = await callers.ResolveAsync(token, Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail(failure!);
        }

        Context.Features.Set(caller);
        return AuthenticateResult.Success(caller.ToTicket(SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var back = Request.PathBase + Request.Path + Request.QueryString;
        Response.Redirect(ConsolePaths.SignIn + "?returnUrl=" + Uri.EscapeDataString(back));
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Redirect(ConsolePaths.Forbidden);
        return Task.CompletedTask;
    }

    /// <summary>Starts a console session with a new login's access token.</summary>
    public static void SignIn(HttpContext http, string accessToken) =>
        http.Response.Cookies.Append(CookieName, accessToken, CookieOptions(http));

    public static void SignOut(HttpContext http) =>
        http.Response.Cookies.Delete(CookieName, CookieOptions(http));

    private static CookieOptions CookieOptions(HttpContext http) => new()
    {
        Path = ConsolePaths.Root,
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
    };
}
