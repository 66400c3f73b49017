using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Cluster;

namespace Sangam.Api.SimTracking;

/// <summary>
/// What locating a driver reads (consent, operator, latest stored position) by account and number, cached for
/// <see cref="AuthOptions.StateCacheDuration"/> like login sessions. Whatever changes it (a consent step, asking
/// again, a deletion, a stored position) evicts it once committed, which drops it at once on this node and, through
/// <see cref="CacheInvalidation"/>, on the others: the next read anywhere sees the change.
/// </summary>
public sealed class LocatableDrivers
{
    private readonly SharedStateCache<LocatableDriver> _drivers;

    public LocatableDrivers(IDbContextFactory<SangamDb> databases, IMemoryCache cache, IOptions<AuthOptions> options, CacheInvalidation invalidation) =>
        _drivers = new("driver", databases, cache, invalidation, () => options.Value.StateCacheDuration);

    /// <summary>The account's live driver with this number, or null (not cached, so a driver added meanwhile is found).</summary>
    public ValueTask<LocatableDriver?> FindAsync(long accountId, string mobile, CancellationToken cancellationToken) =>
        _drivers.GetAsync(Id(accountId, mobile), (db, token) => LocatableDriver.FindLive(db, accountId, mobile, token), cancellationToken);

    /// <summary>Drops the driver everywhere, after a change to its consent, its positions or its existence was committed.</summary>
    public Task EvictAsync(long accountId, string mobile) => _drivers.EvictAsync(Id(accountId, mobile));

    private static string Id(long accountId, string mobile) => string.Create(CultureInfo.InvariantCulture, $"{accountId}:{mobile}");
}
