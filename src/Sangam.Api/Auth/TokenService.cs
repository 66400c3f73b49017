using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Sangam.Api.Auth;

/// <summary>An access/refresh pair as the login and refresh endpoints return it.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken, string RefreshJti, DateTimeOffset RefreshExpiresAt);

/// <summary>
/// Who a token was issued to; its claims are those of platform-api.md §1.1, <c>org_id</c> (the account, as the hosted
/// platform's tokens carry it) and <c>sid</c>, the login session.
/// </summary>
public sealed record TokenSubject(long UserId, long AccountId, string Username, string? Email, Guid SessionId);

public enum TokenKind
{
    Access,
    Refresh,
}

public enum TokenProblem
{
    None,
    Malformed,
    BadSignature,
    Expired,
    WrongKind,
}

/// <summary>The verified claims of a token, or why it was refused.</summary>
public sealed record TokenReading(TokenProblem Problem, long UserId = 0, Guid SessionId = default, string Jti = "", string? RefreshJti = null)
{
    public bool IsValid => Problem == TokenProblem.None;

    public string Describe() => Problem switch
    {
        TokenProblem.None => "valid",
        TokenProblem.Expired => "The token has expired.",
        TokenProblem.BadSignature => "The token signature is invalid.",
        TokenProblem.WrongKind => "Wrong token type: send the access token ('token'), not the refresh token.",
        _ => "The token is malformed.",
    };
}

/// <summary>Issues and verifies the platform's HS256 JWTs. Lifetimes are checked against <see cref="TimeProvider"/>.</summary>
public sealed class TokenService(SigningKeys keys, IOptions<AuthOptions> options, TimeProvider time)
{
    private const string TokenTypeClaim = "token_type";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly TokenValidationParameters _validation = new()
    {
        ValidateIssuer = false,
        ValidateAudience = false,
        // Lifetime is checked below against the TimeProvider, so tests can move the clock.
        ValidateLifetime = false,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidTypes = ["JWT"],
        IssuerSigningKeyResolver = (_, _, kid, _) => keys.Find(kid) is { } key ? [key] : [],
    };

    public TokenPair Issue(TokenSubject subject)
    {
        var now = time.GetUtcNow();
        var refreshJti = NewJti();
        var refreshExpires = now + options.Value.RefreshTokenLifetime;

        var refresh = Create(subject, TokenKind.Refresh, now, refreshExpires, refreshJti, refreshJti: null);
        var access = Create(subject, TokenKind.Access, now, now + options.Value.AccessTokenLifetime, NewJti(), refreshJti);
        return new TokenPair(access, refresh, refreshJti, refreshExpires);
    }

    private string Create(TokenSubject subject, TokenKind kind, DateTimeOffset now, DateTimeOffset expires, string jti, string? refreshJti)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [TokenTypeClaim] = kind == TokenKind.Access ? "access" : "refresh",
            ["jti"] = jti,
            ["user_id"] = subject.UserId,
            ["org_id"] = subject.AccountId,
            ["username"] = subject.Username,
            ["email"] = subject.Email ?? "",
            ["sid"] = subject.SessionId.ToString("N"),
        };
        if (refreshJti is not null)
        {
            claims["refresh_jti"] = refreshJti;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            TokenType = "JWT",
            SigningCredentials = keys.Active,
        });
    }

    public async Task<TokenReading> ReadAsync(string token, TokenKind expected)
    {
        if (token.Length is 0 or > 8192 || !_handler.CanReadToken(token))
        {
            return new TokenReading(TokenProblem.Malformed);
        }

        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return new TokenReading(result.Exception is SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException
                ? TokenProblem.BadSignature
                : TokenProblem.Malformed);
        }

        if (!jwt.TryGetPayloadValue<string>(TokenTypeClaim, out var type)
            || !jwt.TryGetPayloadValue<long>("user_id", out var userId)
            || !jwt.TryGetPayloadValue<string>("sid", out var sid) || !Guid.TryParseExact(sid, "N", out var sessionId)
            || !jwt.TryGetPayloadValue<string>("jti", out var jti))
        {
            return new TokenReading(TokenProblem.Malformed);
        }

        if (type != (expected == TokenKind.Access ? "access" : "refresh"))
        {
            return new TokenReading(TokenProblem.WrongKind);
        }

        if (jwt.ValidTo <= time.GetUtcNow().UtcDateTime)
        {
            return new TokenReading(TokenProblem.Expired);
        }

        jwt.TryGetPayloadValue<string>("refresh_jti", out var refreshJti);
        if (expected == TokenKind.Access && string.IsNullOrEmpty(refreshJti))
        {
            return new TokenReading(TokenProblem.Malformed);
        }

        return new TokenReading(TokenProblem.None, userId, sessionId, jti, refreshJti);
    }

    private static string NewJti() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
