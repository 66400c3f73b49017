using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sangam.Api.Accounts;

/// <summary>A customer organisation: its users, the API families it may call, its subscription ids and GSTINs.</summary>
public sealed class Account
{
    /// <summary>The longest account name.</summary>
    public const int MaxNameLength = 200;

    public long Id { get; set; }

    /// <summary>Short unique handle used by operators (<c>acme-logistics</c>).</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Requests per minute for this account; null means the configured default.</summary>
    public int? RateLimitPerMinute { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<User> Users { get; } = [];

    public List<AccountEntitlement> Entitlements { get; } = [];

    public List<AccountSubscription> Subscriptions { get; } = [];

    public List<AccountGstin> Gstins { get; } = [];
}

/// <summary>The account may call this API family.</summary>
public sealed class AccountEntitlement
{
    public long AccountId { get; set; }

    public ApiFamily Family { get; set; }
}

/// <summary>A subscription id (<c>Subid</c> header) issued to the account; unique across accounts.</summary>
public sealed class AccountSubscription
{
    public required string Subid { get; set; }

    public long AccountId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A GSTIN the account owns; IRN lists are served only for these.</summary>
public sealed class AccountGstin
{
    public long AccountId { get; set; }

    public required string Gstin { get; set; }
}

internal sealed class AccountConfiguration :
    IEntityTypeConfiguration<Account>,
    IEntityTypeConfiguration<AccountEntitlement>,
    IEntityTypeConfiguration<AccountSubscription>,
    IEntityTypeConfiguration<AccountGstin>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(64);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(Account.MaxNameLength);
        builder.HasMany(a => a.Users).WithOne(u => u.Account).HasForeignKey(u => u.AccountId);
        builder.HasMany(a => a.Entitlements).WithOne().HasForeignKey(e => e.AccountId);
        builder.HasMany(a => a.Subscriptions).WithOne().HasForeignKey(s => s.AccountId);
        builder.HasMany(a => a.Gstins).WithOne().HasForeignKey(g => g.AccountId);
    }

    public void Configure(EntityTypeBuilder<AccountEntitlement> builder)
    {
        builder.HasKey(e => new { e.AccountId, e.Family });
        builder.Property(e => e.Family).HasConversion(family => family.StoredName(), stored => ApiFamilies.FromStoredName(stored)).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<AccountSubscription> builder)
    {
        builder.HasKey(s => s.Subid);
        builder.Property(s => s.Subid).HasMaxLength(64);
        builder.HasIndex(s => s.AccountId);
    }

    public void Configure(EntityTypeBuilder<AccountGstin> builder)
    {
        builder.HasKey(g => new { g.AccountId, g.Gstin });
        builder.Property(g => g.Gstin).HasMaxLength(15);
        builder.HasIndex(g => g.Gstin);
    }
}
