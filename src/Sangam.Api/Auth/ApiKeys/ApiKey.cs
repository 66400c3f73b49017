using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.Api.Accounts;

namespace Sangam.Api.Auth.ApiKeys;

/// <summary>
/// A long-lived credential of an account for machine clients (<c>Authorization: ApiKey &lt;key&gt;</c>). Only the
/// SHA-256 of the key is stored; the key itself is shown once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public const int MaxNameLength = 100;

    public long Id { get; set; }

    public long AccountId { get; set; }

    /// <summary>The random, non-secret part of the key after its prefix, by which it is found (<see cref="ApiKeyToken"/>).</summary>
    public required string PublicId { get; set; }

    /// <summary>What the key is for, chosen by whoever created it (<c>billing export</c>).</summary>
    public required string Name { get; set; }

    /// <summary>The families the key may call, within the account's; null means every family of the account.</summary>
    public ApiFamily[]? Families { get; set; }

    /// <summary>SHA-256 of the whole key.</summary>
    public required byte[] SecretHash { get; set; }

    /// <summary>The admin's username, or <see cref="ApiKeyToken.OperatorCreator"/> for the operator commands.</summary>
    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When the key last authenticated a request, to within <see cref="ApiKeyStore.LastUsedPrecision"/>.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.PublicId).HasMaxLength(ApiKeyToken.PublicIdLength);
        builder.HasIndex(k => k.PublicId).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        builder.Property(k => k.CreatedBy).HasMaxLength(User.MaxUsernameLength);
        builder.Property(k => k.SecretHash).HasMaxLength(32);
        // Stored like entitlements (stored names, comma-separated), so the schema does not depend on the enum's order.
        builder.Property(k => k.Families)
            .HasConversion(
                families => families == null ? null : string.Join(',', families.Select(f => f.StoredName())),
                stored => stored == null ? null : stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ApiFamilies.FromStoredName).ToArray(),
                new ValueComparer<ApiFamily[]?>(
                    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                    families => families == null ? 0 : families.Aggregate(0, (hash, f) => HashCode.Combine(hash, f)),
                    families => families == null ? null : families.ToArray()))
            .HasMaxLength(200);
        builder.HasOne<Account>().WithMany().HasForeignKey(k => k.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.AccountId);
    }
}
