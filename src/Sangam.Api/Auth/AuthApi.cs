using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Auth.ApiKeys;
using Sangam.Api.Data;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.Input;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.Http.RateLimiting;

namespace Sangam.Api.Auth;

/// <summary>Login, refresh and the caller's own account (platform-api.md §1).</summary>
public static class AuthApi
{
    public const string InvalidCredentials = "Unable to login with provided credential";

    // Longer values cannot be credentials; refusing them here keeps them out of the lockout records.
    private static readonly CredentialField[] LoginFields = [new("username", User.MaxUsernameLength), new("password", Passwords.MaximumLength)];
    private static readonly CredentialField[] RefreshFields = [new("token", InputLimits.MaxTextLength)];

    public static IServiceCollection AddAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, SigningKeyValidation>();
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<ApiKeyStore>();
        services.AddOptions<PasswordOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PasswordOptions>, PasswordOptionsValidation>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<LoginLimits>();
        services.AddSingleton<PasswordLogin>();
        services.AddSingleton<CallerResolver>();
        services.AddAuthentication(JwtAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, JwtAuthenticationHandler>(JwtAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var anonymous = app.MapGroup("/api/v2").WithTags("Authentication").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Login);
        anonymous.MapPost("/token-auth/", Login).WithName("login")
            .WithSummary("Log in with username and password (JSON or form data)")
            .DescribeStringFieldsBody([.. LoginFields.Select(f => f.Name)])
            .WithJsonExamples(AuthOpenApi.LoginRequest, ("tokens", AuthOpenApi.Tokens))
            .Produces<AuthErrorResponse>(StatusCodes.Status206PartialContent)
            .Produces<Dictionary<string, string[]>>(StatusCodes.Status400BadRequest);
        anonymous.MapPost("/api-token-refresh/", Refresh).WithName("refreshToken")
            .WithSummary("Exchange a refresh token for a new pair; the old pair stops working")
            .DescribeStringFieldsBody([.. RefreshFields.Select(f => f.Name)])
            .WithJsonExamples(AuthOpenApi.RefreshRequest, ("tokens", AuthOpenApi.Tokens))
            .Produces<AuthErrorResponse>(StatusCodes.Status206PartialContent)
            .Produces<AuthErrorResponse>(StatusCodes.Status400BadRequest);

        var me = app.MapGroup("/api/v2/users/me").WithTags("Authentication").RequireAuthorization();
        me.MapGet("/", WhoAmI).WithName("whoAmI").WithSummary("The caller, its account and what the account is entitled to")
            .WithJsonExamples(null, ("caller", AuthOpenApi.WhoAmI));
        me.MapPost("/password", ChangePassword).WithName("changePassword").RequireLogin()
            .WithSummary("Change the caller's password; every token of the user stops working")
            .WithJsonExamples(AuthOpenApi.ChangePasswordRequest, ("changed", AuthOpenApi.PasswordChanged));
        return app;
    }

    public static async Task<Results<Ok<TokenResponse>, JsonHttpResult<AuthErrorResponse>, BadRequest<Dictionary<string, string[]>>, ApiError>> Login(
        HttpRequest request, SangamDb db, PasswordLogin login, CancellationToken cancellationToken)
    {
        var form = await CredentialForm.ReadAsync(request, LoginFields, cancellationToken);
        if (form.Errors.Count > 0)
        {
            return TypedResults.BadRequest(form.Errors);
        }

        var attempt = await login.AttemptAsync(db, form["username"], form["password"], request.HttpContext.Connection.RemoteIpAddress, cancellationToken);
        return attempt switch
        {
            { Tokens: { } pair } => TypedResults.Ok(new TokenResponse(pair.AccessToken, pair.RefreshToken, pair.RefreshToken)),
            { Refusal: LoginRefusal.InvalidCredentials } => TypedResults.Json(new AuthErrorResponse(InvalidCredentials), statusCode: StatusCodes.Status206PartialContent),
            _ => ApiError.TooManyRequests(attempt.RetryAfter!.Value, RefusalMessage(attempt.Refusal!.Value)),
        };
    }

    /// <summary>What a client is told when a login is refused for its limits.</summary>
    public static string RefusalMessage(LoginRefusal refusal) => refusal switch
    {
        LoginRefusal.AddressBlocked => "Too many failed logins from this address; try again after the time given in Retry-After.",
        LoginRefusal.UsernameLocked => "Too many failed logins for this username; try again after the time given in Retry-After.",
        LoginRefusal.TooManyLogins => "Too many logins for this user in a minute; reuse the token of an earlier login (it is valid for a day).",
        _ => InvalidCredentials,
    };

    public static async Task<Results<Ok<TokenResponse>, JsonHttpResult<AuthErrorResponse>, BadRequest<Dictionary<string, string[]>>, BadRequest<AuthErrorResponse>>> Refresh(
        HttpRequest request, SangamDb db, TokenService tokens, SessionStore sessions, TimeProvider time, CancellationToken cancellationToken)
    {
        var form = await CredentialForm.ReadAsync(request, RefreshFields, cancellationToken);
        if (form.Errors.Count > 0)
        {
            return TypedResults.BadRequest(form.Errors);
        }

        var reading = await tokens.ReadAsync(form["token"], TokenKind.Refresh);
        if (reading.Problem == TokenProblem.Expired)
        {
            return TypedResults.BadRequest(new AuthErrorResponse("The refresh token has expired; log in again."));
        }

        if (!reading.IsValid)
        {
            return Refused(reading.Problem == TokenProblem.WrongKind
                ? "Wrong token type: send the refresh token, not the access token."
                : "The token is invalid.");
        }

        var now = time.GetUtcNow();
        var session = await db.AuthSessions.AsNoTracking()
            .Where(s => s.Id == reading.SessionId && s.UserId == reading.UserId)
            .Select(s => new { s.Id, s.CurrentRefreshJti, s.RevokedAt, s.User.AccountId, s.User.Username, s.User.Email, Usable = !s.User.IsDisabled && !s.User.Account.IsDisabled })
            .FirstOrDefaultAsync(cancellationToken);
        if (session is null || session.RevokedAt is not null || !session.Usable)
        {
            return Refused("The token has been revoked; log in again.");
        }

        var pair = tokens.Issue(new TokenSubject(reading.UserId, session.AccountId, session.Username, session.Email, session.Id));

        // Rotate only if the presented token is still the current one; a second use of an old refresh token
        // (or a lost race with another refresh of the same token) means it leaked, so the whole login is revoked.
        var rotated = session.CurrentRefreshJti == reading.Jti && await db.AuthSessions
            .Where(s => s.Id == session.Id && s.CurrentRefreshJti == reading.Jti && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.CurrentRefreshJti, pair.RefreshJti)
                .SetProperty(x => x.RefreshedAt, now)
                .SetProperty(x => x.ExpiresAt, pair.RefreshExpiresAt), cancellationToken) == 1;
        if (!rotated)
        {
            await sessions.RevokeAsync(db, session.Id, "refresh token reused", now, cancellationToken);
            return Refused("This refresh token was already used. Every token of this login has been revoked; log in again.");
        }

        await sessions.EvictAsync(session.Id);
        return TypedResults.Ok(new TokenResponse(pair.AccessToken, pair.RefreshToken, pair.RefreshToken));
    }

    public static Ok<WhoAmIResponse> WhoAmI(Caller caller) =>
        TypedResults.Ok(new WhoAmIResponse(caller.UserId, caller.Username, caller.Email, caller.Role.ToString().ToLowerInvariant(),
            new AccountSummary(caller.Account.Id, caller.Account.Slug, caller.Account.Name,
                [.. caller.Families.Select(f => f.WireName()).Order(StringComparer.Ordinal)],
                [.. caller.Account.Subids.Order(StringComparer.Ordinal)],
                [.. caller.Account.Gstins.Order(StringComparer.Ordinal)]),
            caller.ApiKey is { } key ? new ApiKeySummary(key.Id, key.Prefix, key.Name) : null));

    public static async Task<Results<Ok<MessageResponse>, ApiError>> ChangePassword(
        ChangePasswordRequest body, Caller caller, SangamDb db, Passwords passwords, SessionStore sessions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(body.CurrentPassword))
        {
            return ApiError.BadRequest("current_password is required.");
        }

        if (Passwords.Problem(body.NewPassword, caller.Username) is { } problem)
        {
            return ApiError.BadRequest($"new_password: {problem}");
        }

        var user = await db.Users.FirstAsync(u => u.Id == caller.UserId, cancellationToken);
        if (!passwords.Verify(user.PasswordHash, body.CurrentPassword))
        {
            return ApiError.BadRequest("current_password is not correct.");
        }

        var now = time.GetUtcNow();
        user.PasswordHash = passwords.Hash(body.NewPassword!);
        user.PasswordChangedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await sessions.RevokeAllAsync(db, user.Id, "password changed", now, cancellationToken);
        return TypedResults.Ok(new MessageResponse("Password changed. Every token of this user has been revoked; log in again."));
    }

    private static JsonHttpResult<AuthErrorResponse> Refused(string message) =>
        TypedResults.Json(new AuthErrorResponse(message), statusCode: StatusCodes.Status206PartialContent);
}
