using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Input;
using Sangam.India.Tax;

namespace Sangam.Api.Administration;

/// <summary>An account as administrators see it.</summary>
public sealed record AccountView(
    long Id, string Slug, string Name, bool IsDisabled, int? RateLimitPerMinute, DateTimeOffset CreatedAt,
    IReadOnlyList<string> Families, IReadOnlyList<string> Subids, IReadOnlyList<string> Gstins, IReadOnlyList<UserView> Users);

public sealed record UserView(long Id, string Username, string? Email, string Role, bool IsDisabled, DateTimeOffset CreatedAt)
{
    public static UserView Of(User u) => new(u.Id, u.Username, u.Email, u.Role.ToString().ToLowerInvariant(), u.IsDisabled, u.CreatedAt);
}

/// <summary>
/// Managing accounts, their entitlements, GSTINs and subscription ids. Shared by the admin endpoints and the
/// operator commands, so both enforce the same rules; every change evicts the cached account profile here.
/// </summary>
public sealed partial class AccountAdministration(SangamDb db, AccountDirectory directory, TimeProvider time)
{
    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await Query().OrderBy(a => a.Slug).ToListAsync(cancellationToken);
        return [.. accounts.Select(ToView)];
    }

    public async Task<AdminResult<AccountView>> GetAsync(string slug, CancellationToken cancellationToken) =>
        await Query().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) is { } account
            ? ToView(account)
            : AdminResult<AccountView>.NotFound($"No account '{slug}'.");

    public async Task<AdminResult<AccountView>> CreateAsync(string slug, string name, IEnumerable<ApiFamily> families, CancellationToken cancellationToken)
    {
        slug = slug.Trim().ToLowerInvariant();
        if (!SlugPattern().IsMatch(slug))
        {
            return AdminResult<AccountView>.Invalid("The slug must be 2-64 characters of a-z, 0-9 and '-', starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(name) || TextRules.Problem(name.Trim(), Account.MaxNameLength) is not null)
        {
            return AdminResult<AccountView>.Invalid($"The name must be 1-{Account.MaxNameLength} characters, without control characters.");
        }

        var account = new Account { Slug = slug, Name = name.Trim(), CreatedAt = time.GetUtcNow() };
        account.Entitlements.AddRange(families.Distinct().Select(f => new AccountEntitlement { Family = f }));
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return AdminResult<AccountView>.Conflict($"An account '{slug}' already exists.");
        }

        return await GetAsync(slug, cancellationToken);
    }

    public Task<AdminResult<AccountView>> SetDisabledAsync(string slug, bool disabled, CancellationToken cancellationToken) =>
        ChangeAccountAsync(slug, account => account.IsDisabled = disabled, cancellationToken);

    public Task<AdminResult<AccountView>> SetRateLimitAsync(string slug, int? perMinute, CancellationToken cancellationToken) =>
        perMinute is <= 0
            ? Task.FromResult(AdminResult<AccountView>.Invalid("The rate limit must be a positive number of requests per minute."))
            : ChangeAccountAsync(slug, account => account.RateLimitPerMinute = perMinute, cancellationToken);

    public Task<AdminResult<AccountView>> GrantAsync(string slug, ApiFamily family, CancellationToken cancellationToken) =>
        ChangeAccountAsync(slug, account =>
        {
            if (account.Entitlements.All(e => e.Family != family))
            {
                account.Entitlements.Add(new AccountEntitlement { Family = family });
            }
        }, cancellationToken);

    public Task<AdminResult<AccountView>> RevokeAsync(string slug, ApiFamily family, CancellationToken cancellationToken) =>
        ChangeAccountAsync(slug, account => account.Entitlements.RemoveAll(e => e.Family == family), cancellationToken);

    public Task<AdminResult<AccountView>> AddGstinAsync(string slug, string gstin, CancellationToken cancellationToken)
    {
        var parsed = Gstin.Parse(gstin);
        if (!parsed.IsValid)
        {
            return Task.FromResult(AdminResult<AccountView>.Invalid($"Invalid GSTIN: {parsed.Problem}"));
        }

        var value = parsed.Value.Value;
        return ChangeAccountAsync(slug, account =>
        {
            if (account.Gstins.All(g => g.Gstin != value))
            {
                account.Gstins.Add(new AccountGstin { Gstin = value });
            }
        }, cancellationToken);
    }

    public Task<AdminResult<AccountView>> RemoveGstinAsync(string slug, string gstin, CancellationToken cancellationToken) =>
        RemoveGstinCoreAsync(slug, gstin.Trim().ToUpperInvariant(), cancellationToken);

    private Task<AdminResult<AccountView>> RemoveGstinCoreAsync(string slug, string gstin, CancellationToken cancellationToken) =>
        ChangeAccountAsync(slug, account => account.Gstins.RemoveAll(g => g.Gstin == gstin), cancellationToken);

    public async Task<AdminResult<AccountView>> AddSubidAsync(string slug, string subid, CancellationToken cancellationToken)
    {
        subid = subid.Trim();
        if (!SubidPattern().IsMatch(subid))
        {
            return AdminResult<AccountView>.Invalid("A Subid is 1-64 characters of letters, digits, '-' and '_'.");
        }

        var owner = await db.AccountSubscriptions.AsNoTracking().Where(s => s.Subid == subid).Select(s => (long?)s.AccountId).FirstOrDefaultAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return AdminResult<AccountView>.NotFound($"No account '{slug}'.");
        }

        if (owner is not null && owner != account)
        {
            return AdminResult<AccountView>.Conflict($"Subid '{subid}' belongs to another account.");
        }

        if (owner is null)
        {
            db.AccountSubscriptions.Add(new AccountSubscription { Subid = subid, AccountId = account.Value, CreatedAt = time.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                return AdminResult<AccountView>.Conflict($"Subid '{subid}' belongs to another account.");
            }
        }

        await directory.InvalidateAsync(account.Value);
        return await GetAsync(slug, cancellationToken);
    }

    public async Task<AdminResult<AccountView>> RemoveSubidAsync(string slug, string subid, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return AdminResult<AccountView>.NotFound($"No account '{slug}'.");
        }

        await db.AccountSubscriptions.Where(s => s.AccountId == account && s.Subid == subid.Trim()).ExecuteDeleteAsync(cancellationToken);
        await directory.InvalidateAsync(account.Value);
        return await GetAsync(slug, cancellationToken);
    }

    private async Task<AdminResult<AccountView>> ChangeAccountAsync(string slug, Action<Account> change, CancellationToken cancellationToken)
    {
        var account = await db.Accounts
            .Include(a => a.Entitlements).Include(a => a.Gstins)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (account is null)
        {
            return AdminResult<AccountView>.NotFound($"No account '{slug}'.");
        }

        change(account);
        await db.SaveChangesAsync(cancellationToken);
        await directory.InvalidateAsync(account.Id);
        return await GetAsync(slug, cancellationToken);
    }

    private IQueryable<Account> Query() => db.Accounts.AsNoTracking()
        .Include(a => a.Entitlements).Include(a => a.Subscriptions).Include(a => a.Gstins).Include(a => a.Users)
        .AsSplitQuery();

    private static AccountView ToView(Account a) => new(
        a.Id, a.Slug, a.Name, a.IsDisabled, a.RateLimitPerMinute, a.CreatedAt,
        [.. a.Entitlements.Select(e => e.Family.WireName()).Order(StringComparer.Ordinal)],
        [.. a.Subscriptions.Select(s => s.Subid).Order(StringComparer.Ordinal)],
        [.. a.Gstins.Select(g => g.Gstin).Order(StringComparer.Ordinal)],
        [.. a.Users.OrderBy(u => u.Username, StringComparer.Ordinal).Select(UserView.Of)]);


    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SubidPattern();
}
