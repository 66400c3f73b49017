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
    private const string Topic = "account";

    private readonly IDbContextFactory<SangamDb> _databases;
    private readonly IMemoryCache _cache;
    private readonly IOptions<AuthOptions> _options;
    private readonly CacheInvalidation _invalidation;

    public AccountDirectory(IDbContextFactory<SangamDb> databases, IMemoryCache cache, IOptions<AuthOptions> options, CacheInvalidation invalidation)
    {
        _databases = databases;
        _cache = cache;
        _options = options;
        _invalidation = invalidation;
        invalidation.Handle(Topic, id => cache.Remove(new CacheKey(long.Parse(id, CultureInfo.InvariantCulture))));
    }

    private readonly record struct CacheKey(long AccountId);

    public async ValueTask<AccountProfile?> FindAsync(long accountId, CancellationToken cancellationToken)
    {
        var key = new CacheKey(accountId);
        if (_cache.TryGetValue(key, out AccountProfile? cached))
        {
            return cached;
        }

        await using var db = await _databases.CreateDbContextAsync(cancellationToken);
        var profile = await LoadAsync(db, accountId, cancellationToken);
        if (profile is not null)
        {
            _cache.Set(key, profile, _options.Value.StateCacheDuration);
        }

        return profile;
    }

    public Task InvalidateAsync(long accountId) =>
        _invalidation.PublishAsync(Topic, accountId.ToString(CultureInfo.InvariantCulture));

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
