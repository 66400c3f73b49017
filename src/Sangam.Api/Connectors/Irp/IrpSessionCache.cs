using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Connectors.Irp;

/// <summary>An open IRP session of one GSTIN: the auth token and the decrypted session key (SEK).</summary>
public sealed record IrpSession(string UserName, string AuthToken, byte[] Sek, DateTimeOffset ExpiresAt);

/// <summary>
/// Sessions per GSTIN, shared by every call of this node. NIC limits how often a user may authenticate, so a session
/// is reused until shortly before its expiry or until the IRP says the token is invalid; only one login per GSTIN
/// runs at a time. A failed login is handed to the caller and never kept.
/// </summary>
public sealed class IrpSessionCache(TimeProvider time, IOptions<IrpOptions> options)
{
    private readonly ConcurrentDictionary<string, IrpSession> _sessions = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _logins = new(StringComparer.OrdinalIgnoreCase);

    public async Task<UpstreamResult<IrpSession>> GetOrOpenAsync(string gstin, Func<CancellationToken, Task<UpstreamResult<IrpSession>>> login, CancellationToken cancellationToken)
    {
        if (TryGetFresh(gstin, out var session))
        {
            return session;
        }

        var gate = _logins.GetOrAdd(gstin, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (TryGetFresh(gstin, out session))
            {
                return session;
            }

            var opened = await login(cancellationToken);
            if (opened.Succeeded)
            {
                _sessions[gstin] = opened.Value;
            }

            return opened;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets a session the IRP no longer accepts (unless another call already replaced it).</summary>
    public void Invalidate(string gstin, IrpSession stale) =>
        _sessions.TryRemove(new KeyValuePair<string, IrpSession>(gstin, stale));

    private bool TryGetFresh(string gstin, out IrpSession session) =>
        _sessions.TryGetValue(gstin, out session!) && session.ExpiresAt - options.Value.SessionRenewalMargin > time.GetUtcNow();
}
