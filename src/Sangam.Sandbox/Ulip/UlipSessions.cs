using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Sangam.Sandbox.Ulip;

/// <summary>Tokens the emulator has issued, each valid for <see cref="UlipEmulatorOptions.TokenLifetime"/> on the host's clock.</summary>
public sealed class UlipSessions(IOptions<UlipEmulatorOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public string Issue()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _expiries[token] = time.GetUtcNow() + options.Value.TokenLifetime;
        return token;
    }

    /// <summary>True for a token this emulator issued that has not expired or been revoked.</summary>
    public bool IsValid(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }

        return _expiries.TryGetValue(authorization[scheme.Length..].Trim(), out var expiry) && expiry > time.GetUtcNow();
    }

    /// <summary>Ends every session, so the next call of each client gets a 403 and must log in again.</summary>
    public void RevokeAll() => _expiries.Clear();
}
