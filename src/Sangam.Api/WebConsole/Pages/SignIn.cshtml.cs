using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Http.RateLimiting;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>Sign-in and sign-out, through the same login (lockout and limits included) as the API's token login.</summary>
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class SignInModel(SangamDb db, PasswordLogin login, CallerResolver callers, SessionStore sessions, TimeProvider time) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        var attempt = await login.AttemptAsync(db, username, password, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        if (attempt.Tokens is not { } tokens)
        {
            if (attempt.RetryAfter is { } wait)
            {
                Error = $"Too many attempts; try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minute(s).";
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                Error = AuthApi.InvalidCredentials;
            }

            return Page();
        }

        // A browser-session cookie: the access token inside it expires on its own (Auth:AccessTokenLifetime).
        ConsoleAuthenticationHandler.SignIn(HttpContext, tokens.AccessToken);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith(ConsolePaths.Root, StringComparison.Ordinal) ? ReturnUrl : ConsolePaths.Root);
    }

    public async Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken)
    {
        if (Request.Cookies.TryGetValue(ConsoleAuthenticationHandler.CookieName, out var token)
            && (await callers.ResolveAsync(token, cancellationToken)).Caller is { SessionId: { } sessionId })
        {
            await sessions.RevokeAsync(db, sessionId, "signed out of the console", time.GetUtcNow(), cancellationToken);
        }

        ConsoleAuthenticationHandler.SignOut(HttpContext);
        return RedirectToPage("/SignIn");
    }
}
