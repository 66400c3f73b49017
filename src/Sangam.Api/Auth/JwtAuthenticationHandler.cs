using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Auth;

/// <summary>
/// <c>Authorization: JWT &lt;access token&gt;</c> (or <c>Bearer</c>), or <c>Authorization: ApiKey &lt;key&gt;</c>.
/// Verifies the token, then that its login session is still the current one (refresh, password change, disabling
/// and reuse detection revoke at once), or the key, and exposes the <see cref="Caller"/>. Failures answer 401 in the
/// documented envelope with the reason.
/// </summary>
public sealed class JwtAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CallerResolver callers) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "JWT";

    /// <summary>The <c>Authorization</c> scheme of API keys.</summary>
    public const string ApiKeyScheme = "ApiKey";

    private const string FailureKey = "sangam.auth_failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        var (caller, failure) = SplitScheme(header) switch
        {
            (Credential.AccessToken, var token) => await callers.ResolveAsync(token, Context.RequestAborted),
            (Credential.ApiKey, var key) => await callers.ResolveApiKeyAsync(key, Context.RequestAborted),
            _ => new CallerResolution(null, "The Authorization header must be 'JWT <token>' (or 'Bearer <token>'), or 'ApiKey <key>'."),
        };
        if (caller is null)
        {
            return Fail(failure!);
        }

        Context.Features.Set(caller);
        return AuthenticateResult.Success(caller.ToTicket(SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var message = Context.Items.TryGetValue(FailureKey, out var failure) && failure is string reason
            ? reason
            : "Authentication credentials were not provided. Send 'Authorization: JWT <token>' (get a token from POST /api/v2/token-auth/) or 'Authorization: ApiKey <key>'.";
        Response.Headers.WWWAuthenticate = $"JWT, {ApiKeyScheme}";
        return ApiError.Unauthorized(message).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiError.Forbidden().ExecuteAsync(Context);

    private AuthenticateResult Fail(string reason)
    {
        Context.Items[FailureKey] = reason;
        return AuthenticateResult.Fail(reason);
    }

    private enum Credential
    {
        None,
        AccessToken,
        ApiKey,
    }

    private static (Credential Kind, string Value) SplitScheme(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var value = space > 0 ? header[(space + 1)..].Trim() : "";
        if (value.Length == 0)
        {
            return (Credential.None, "");
        }

        var scheme = header.AsSpan(0, space);
        return scheme.Equals("JWT", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            ? (Credential.AccessToken, value)
            : scheme.Equals(ApiKeyScheme, StringComparison.OrdinalIgnoreCase)
                ? (Credential.ApiKey, value)
                : (Credential.None, "");
    }
}
