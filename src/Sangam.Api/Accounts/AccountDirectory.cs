using System.Collections.Frozen;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Cluster;

namespace Sangam.Api.Accounts;

/// <summary>
/// Account profiles for the request path, cached for <see cref="AuthOptions.StateCacheDuration"/>. A change drops the
/// cached profile at once on this node and, through <see cref="CacheInvalidation"/>, on the others.
/// </summary>
public sealed class AccountDirectory
{
    private readonly SharedStateCache<AccountProfile> _profiles;

    public AccountDirectory(IDbContextFactory<SangamDb> databases, IMemoryCache cache, IOptions<AuthOptions> options, CacheInvalidation invalidation) =>
        _profiles = new("account", databases, cache, invalidation, () => options.Value.StateCacheDuration);

    public ValueTask<AccountProfile?> FindAsync(long accountId, CancellationToken cancellationToken) =>
        _profiles.GetAsync(Id(accountId), (db, token) => LoadAsync(db, accountId, token), cancellationToken);

    public Task InvalidateAsync(long accountId) => _profiles.EvictAsync(Id(accountId));

    private static string Id(long accountId) => accountId.ToString(CultureInfo.InvariantCulture);

    private static async Task<AccountProfile?> LoadAsync(SangamDb db, long accountId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Name,
                a.IsDisabled,
                a.RateLimitPerMinute,
                Families = a.Entitlements.Select(e => e.Family).ToList(),
                Subids = a.Subscriptions.Select(s => s.Subid).ToList(),
                Gstins = a.Gstins.Select(g => g.Gstin).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);

        return account is null
            ? null
            : new AccountProfile(account.Id, account.Slug, account.Name, account.IsDisabled, account.RateLimitPerMinute,
                account.Families.ToFrozenSet(), account.Subids.ToFrozenSet(StringComparer.Ordinal), account.Gstins.ToFrozenSet(StringComparer.Ordinal));
    }
}
