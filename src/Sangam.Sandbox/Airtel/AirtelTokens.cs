using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Sangam.Sandbox.Airtel;

/// <summary>
/// Access tokens of the sandbox Airtel account, one per scope (<c>location</c> or <c>resource</c>), handed out again
/// until they expire, as Airtel's "get or create" token call does.
/// </summary>
public sealed class AirtelTokens(TimeProvider time, IOptions<AirtelEmulatorOptions> options)
{
    public static readonly IReadOnlySet<string> Scopes = new HashSet<string>(StringComparer.Ordinal) { "location", "resource" };

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _byScope = new(StringComparer.Ordinal);

    public AirtelToken GetOrCreate(string scope)
    {
        var now = time.GetUtcNow();
        var issued = _byScope.AddOrUpdate(
            scope,
            _ => New(now),
            (_, current) => current.ExpiresAt > now ? current : New(now));
        return new AirtelToken(issued.Token, (long)(issued.ExpiresAt - now).TotalSeconds, "bearer");
    }

    public bool IsValid(string? token, string scope) =>
        token is { Length: > 0 }
        && _byScope.TryGetValue(scope, out var issued)
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(issued.Token), System.Text.Encoding.ASCII.GetBytes(token))
        && issued.ExpiresAt > time.GetUtcNow();

    private (string, DateTimeOffset) New(DateTimeOffset now) =>
        (Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), now + options.Value.TokenLifetime);
}
