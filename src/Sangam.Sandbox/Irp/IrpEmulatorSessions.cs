using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sangam.India;

namespace Sangam.Sandbox.Irp;

/// <summary>A session the sandbox IRP handed out: for one GSTIN and user, with its session key (SEK).</summary>
internal sealed record EmulatedSession(string Gstin, string UserName, byte[] Sek, DateTime ExpiresAt);

/// <summary>The sandbox IRP's sessions, by auth token; like NIC's, a token lasts six hours.</summary>
internal sealed class IrpEmulatorSessions(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    private readonly ConcurrentDictionary<string, EmulatedSession> _byToken = new(StringComparer.Ordinal);

    public (string Token, EmulatedSession Session) Open(string gstin, string userName)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
        var session = new EmulatedSession(gstin, userName, RandomNumberGenerator.GetBytes(32), Now().Add(Lifetime));
        _byToken[token] = session;
        return (token, session);
    }

    /// <summary>The live session of a token, if it belongs to this GSTIN and user.</summary>
    public EmulatedSession? Find(string? token, string? gstin, string? userName)
    {
        if (token is null || !_byToken.TryGetValue(token, out var session))
        {
            return null;
        }

        if (session.ExpiresAt <= Now())
        {
            _byToken.TryRemove(token, out _);
            return null;
        }

        return string.Equals(session.Gstin, gstin, StringComparison.OrdinalIgnoreCase) && session.UserName == userName ? session : null;
    }

    private DateTime Now() => time.GetUtcNow().ToIst().DateTime;
}
