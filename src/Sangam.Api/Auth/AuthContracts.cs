using System.Text.Json.Serialization;

namespace Sangam.Api.Auth;

/// <summary>
/// 200 body of login and refresh. The documentation shows <c>"refresh token"</c> (with a space); sister products
/// use <c>refresh_token</c>. Both carry the same token so clients written against either work.
/// </summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("refresh token")] string RefreshTokenSpaced,
    [property: JsonPropertyName("refresh_token")] string RefreshToken);

/// <summary>The contract's body for refused credentials or tokens (HTTP 206 / 400): <c>{"error": "..."}</c>.</summary>
public sealed record AuthErrorResponse([property: JsonPropertyName("error")] string Error);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public sealed record MessageResponse(string Message);

/// <summary>The caller and what its account (within an API key's scope) may do; a call made with an API key has no user id.</summary>
public sealed record WhoAmIResponse(
    long? UserId,
    string Username,
    string? Email,
    string Role,
    AccountSummary Account,
    ApiKeySummary? ApiKey);

/// <summary>The API key a call was made with.</summary>
public sealed record ApiKeySummary(long Id, string Prefix, string Name);

public sealed record AccountSummary(long Id, string Slug, string Name, IReadOnlyList<string> Families, IReadOnlyList<string> Subids, IReadOnlyList<string> Gstins);
