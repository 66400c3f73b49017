using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Sangam.Api.Auth;

/// <summary>The configured HS256 keys as security keys, by kid.</summary>
public sealed class SigningKeys
{
    private readonly Dictionary<string, SymmetricSecurityKey> _byId;

    public SigningKeys(IOptions<AuthOptions> options)
    {
        _byId = options.Value.SigningKeys.ToDictionary(
            k => k.Id,
            k => new SymmetricSecurityKey(Decode(k.Secret)) { KeyId = k.Id },
            StringComparer.Ordinal);
        var activeId = options.Value.ActiveKeyId ?? options.Value.SigningKeys[0].Id;
        Active = new SigningCredentials(_byId[activeId], SecurityAlgorithms.HmacSha256);
    }

    public SigningCredentials Active { get; }

    public SecurityKey? Find(string? keyId) => keyId is not null && _byId.TryGetValue(keyId, out var key) ? key : null;

    internal static byte[]? Decode(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return null;
        }

        var buffer = new byte[secret.Length];
        return Convert.TryFromBase64String(secret.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
