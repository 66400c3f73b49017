using System.Text;
using System.Text.Json;

namespace Sangam.Client;

/// <summary>An access/refresh token pair with the access token's expiry (read from its <c>exp</c> claim).</summary>
public sealed record SangamTokens(string AccessToken, string RefreshToken)
{
    /// <summary>When the access token expires; <see cref="DateTimeOffset.MinValue"/> when it cannot be read.</summary>
    public DateTimeOffset AccessTokenExpiresAt { get; } = ReadExpiry(AccessToken);

    /// <summary>When the refresh token expires; <see cref="DateTimeOffset.MinValue"/> when it cannot be read.</summary>
    public DateTimeOffset RefreshTokenExpiresAt { get; } = ReadExpiry(RefreshToken);

    // The client never verifies signatures (it has no key); it only reads exp to refresh ahead of time.
    private static DateTimeOffset ReadExpiry(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return DateTimeOffset.MinValue;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload += new string('=', (4 - (payload.Length % 4)) % 4);
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return document.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : DateTimeOffset.MinValue;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return DateTimeOffset.MinValue;
        }
    }
}
