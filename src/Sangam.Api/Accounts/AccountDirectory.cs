using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Data;

namespace Sangam.Api.Accounts;

/// <summary>
/// Account profiles for the request path, cached for <see cref="AuthOptions.StateCacheDuration"/>. A change made
/// through this node evicts at once; other nodes see it when their entry expires.
/// </summary>
public sealed class AccountDirectory(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<AuthOptions> options)
{
    private readonly record struct CacheKey(long AccountId);

    public async ValueTask<AccountProfile?> FindAsync(long accountId, CancellationToken cancellationToken)
    {
        var key = new CacheKey(accountId);
        if (cache.TryGetValue(key, out AccountProfile? cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var profile = await LoadAsync(db, accountId, cancellationToken);
        if (profile is not null)
        {
            cache.Set(key, profile, options.Value.StateCacheDuration);
        }

        return profile;
    }

    public void Invalidate(long accountId) => cache.Remove(new CacheKey(accountId));

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
