using System.Collections.Concurrent;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Connectors.Operators.Airtel;

/// <summary>
/// Airtel access tokens by scope (<c>location</c>, <c>resource</c>), shared by every request of this node. A token is
/// fetched once, reused until shortly before it expires (24 h), and dropped when Airtel answers 401. A failed fetch is
/// handed to the caller and never kept.
/// </summary>
public sealed class AirtelTokenCache(TimeProvider time) : IDisposable
{
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset RenewAt)> _byScope = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetching = new(1, 1);

    public async Task<UpstreamResult<string>> GetAsync(
        string scope, Func<string, CancellationToken, Task<UpstreamResult<(string Token, TimeSpan Lifetime)>>> fetch, CancellationToken cancellationToken)
    {
        if (Current(scope) is { } token)
        {
            return token;
        }

        // One fetch at a time: a burst of calls after expiry must not ask Airtel for a hundred tokens.
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (Current(scope) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var fetched = await fetch(scope, cancellationToken);
            if (fetched.Failure is { } failure)
            {
                return failure;
            }

            var (value, lifetime) = fetched.Value;
            _byScope[scope] = (value, time.GetUtcNow() + lifetime - RenewalMargin);
            return value;
        }
        finally
        {
            _fetching.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> (unless another request already replaced it).</summary>
    public void Invalidate(string scope, string token)
    {
        if (_byScope.TryGetValue(scope, out var current) && current.Token == token)
        {
            _byScope.TryRemove(KeyValuePair.Create(scope, current));
        }
    }

    public void Dispose() => _fetching.Dispose();

    private string? Current(string scope) =>
        _byScope.TryGetValue(scope, out var entry) && entry.RenewAt > time.GetUtcNow() ? entry.Token : null;
}
