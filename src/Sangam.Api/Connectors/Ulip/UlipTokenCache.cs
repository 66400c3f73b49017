namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// The ULIP login token, shared by every call of this node and kept until ULIP refuses it with a 403. Renewals are
/// serialised: when many calls are refused at once, one logs in and the others take its new token.
/// </summary>
public sealed class UlipTokenCache : IDisposable
{
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile string? _token;

    public async ValueTask<string> GetAsync(Func<CancellationToken, Task<string>> login, CancellationToken cancellationToken) =>
        _token ?? await RenewAsync(null, login, cancellationToken);

    /// <summary>Replaces <paramref name="refused"/> with a new token, unless another call already did.</summary>
    public async Task<string> RenewAsync(string? refused, Func<CancellationToken, Task<string>> login, CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } current && current != refused)
            {
                return current;
            }

            _token = null;
            var token = await login(cancellationToken);
            _token = token;
            return token;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();
}
