using Sangam.Api.Http.Errors;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// The ULIP login token, shared by every call of this node and kept until ULIP refuses it with a 403. Renewals are
/// serialised: when many calls are refused at once, one logs in and the others take its new token. A failed login
/// is handed to the callers waiting on it and never kept.
/// </summary>
public sealed class UlipTokenCache : IDisposable
{
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private volatile string? _token;

    public async ValueTask<UpstreamResult<string>> GetAsync(Func<CancellationToken, Task<UpstreamResult<string>>> login, CancellationToken cancellationToken) =>
        _token is { } token ? token : await RenewAsync(null, login, cancellationToken);

    /// <summary>Replaces <paramref name="refused"/> with a new token, unless another call already did.</summary>
    public async Task<UpstreamResult<string>> RenewAsync(string? refused, Func<CancellationToken, Task<UpstreamResult<string>>> login, CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } current && current != refused)
            {
                return current;
            }

            _token = null;
            var result = await login(cancellationToken);
            if (result.Succeeded)
            {
                _token = result.Value;
            }

            return result;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();
}
