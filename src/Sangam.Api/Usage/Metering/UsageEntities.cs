using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sangam.Api.Usage.Metering;

/// <summary>One metered API call.</summary>
public sealed class UsageEvent
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    /// <summary>The user whose token made the call; null for a call made with an API key.</summary>
    public long? UserId { get; set; }

    /// <summary>The API key that made the call; null for a call made with a login's token.</summary>
    public long? ApiKeyId { get; set; }

    /// <summary>The endpoint's operation id, e.g. <c>vahanLookup</c>.</summary>
    public required string Api { get; set; }

    public string? Family { get; set; }

    public int Status { get; set; }

    public int DurationMs { get; set; }

    /// <summary>Whether the answer came from the platform's cache; null for calls that have no cache.</summary>
    public bool? CacheHit { get; set; }

    /// <summary>What the upstream did for this call (<see cref="Metering.UpstreamOutcome"/>, e.g. <c>found</c>, <c>timed_out</c>); null when none was called.</summary>
    public string? UpstreamOutcome { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

/// <summary>Calls per account, API and day (IST), kept up to date in batches so usage reports stay cheap.</summary>
public sealed class UsageDaily
{
    public long AccountId { get; set; }

    public DateOnly Day { get; set; }

    public required string Api { get; set; }

    public long Calls { get; set; }

    public long Errors { get; set; }

    public long CacheHits { get; set; }

    public long TotalDurationMs { get; set; }
}

internal sealed class UsageConfiguration : IEntityTypeConfiguration<UsageEvent>, IEntityTypeConfiguration<UsageDaily>
{
    public void Configure(EntityTypeBuilder<UsageEvent> builder)
    {
        builder.Property(e => e.Api).HasMaxLength(100);
        builder.Property(e => e.Family).HasMaxLength(32);
        builder.Property(e => e.UpstreamOutcome).HasMaxLength(32);
        builder.HasIndex(e => new { e.AccountId, e.OccurredAt });
        builder.HasIndex(e => e.OccurredAt);
    }

    public void Configure(EntityTypeBuilder<UsageDaily> builder)
    {
        builder.ToTable("usage_daily");
        builder.HasKey(d => new { d.AccountId, d.Day, d.Api });
        builder.Property(d => d.Api).HasMaxLength(100);
    }
}
