using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.Api.Accounts;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.SimTracking.Consent;

namespace Sangam.Api.SimTracking;

/// <summary>
/// A driver an account tracks through the driver's mobile operator. The same number in two accounts is two drivers,
/// each with its own consent. The row also carries the work of the consent process (<see cref="NextCheckAt"/>,
/// <see cref="LeaseExpiresAt"/>), so that work survives restarts and any node can pick it up.
/// </summary>
public sealed class Driver
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    /// <summary>Ten digits. Personal data: log <c>MobileNumber.Masked</c>, never this.</summary>
    public required string Mobile { get; set; }

    public required string Name { get; set; }

    public string? VehicleNumber { get; set; }

    public ConsentChannel ConsentChannel { get; set; }

    /// <summary>Two-letter language of the consent SMS or call.</summary>
    public required string Language { get; set; }

    /// <summary>The operator serving the number, once one accepted the consent request.</summary>
    public string? Operator { get; set; }

    public ConsentStatus ConsentStatus { get; set; }

    /// <summary>When this driver's consent was last asked for; only answers given after it count.</summary>
    public DateTimeOffset ConsentRequestedAt { get; set; }

    /// <summary>When an operator accepted that request; null while it still has to reach one.</summary>
    public DateTimeOffset? ConsentRequestSentAt { get; set; }

    public DateTimeOffset ConsentUpdatedAt { get; set; }

    public DateTimeOffset? ConsentValidTill { get; set; }

    /// <summary>The latest step of the consent conversation the operator reported, e.g. "consent SMS delivered".</summary>
    public string? ConsentDetail { get; set; }

    /// <summary>When the consent process should next act on this driver (send, check, release); null when done.</summary>
    public DateTimeOffset? NextCheckAt { get; set; }

    /// <summary>Consecutive checks without an answer or failed attempts, for backoff.</summary>
    public int CheckAttempts { get; set; }

    /// <summary>A node working on this driver holds it until then; an expired lease means the node died.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    /// <summary>
    /// Set when the customer deleted the driver but the operator has yet to release the number. The row then keeps
    /// only the number and operator, needed to finish the release, and no API shows it.
    /// </summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<DriverPosition> Positions { get; } = [];

    public List<ConsentEvent> ConsentEvents { get; } = [];

    /// <summary>Moves the consent to <paramref name="status"/> and records the change with its cause.</summary>
    public void RecordConsent(ConsentStatus status, ConsentEventSource source, string detail, DateTimeOffset at)
    {
        ConsentStatus = status;
        ConsentUpdatedAt = at;
        ConsentEvents.Add(new ConsentEvent { Status = status, Source = source, Detail = detail, OccurredAt = at });
    }
}

/// <summary>A position of a driver as the operator's network fixed it. Kept for the trail; erased with the driver.</summary>
public sealed class DriverPosition
{
    public long Id { get; set; }

    public long DriverId { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Radius of the cell-level fix, in metres.</summary>
    public int AccuracyM { get; set; }

    public DateTimeOffset LocatedAt { get; set; }
}

/// <summary>One change of a driver's consent, with when and why.</summary>
public sealed class ConsentEvent
{
    public long Id { get; set; }

    public long DriverId { get; set; }

    public ConsentStatus Status { get; set; }

    public ConsentEventSource Source { get; set; }

    public required string Detail { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

internal sealed class TrackingConfiguration :
    IEntityTypeConfiguration<Driver>, IEntityTypeConfiguration<DriverPosition>, IEntityTypeConfiguration<ConsentEvent>
{
    public const int DetailLength = 300;

    public void Configure(EntityTypeBuilder<Driver> builder)
    {
        builder.Property(d => d.Mobile).HasMaxLength(10);
        builder.Property(d => d.Name).HasMaxLength(TrackingLimits.NameLength);
        builder.Property(d => d.VehicleNumber).HasMaxLength(12);
        builder.Property(d => d.ConsentChannel).HasConversion<string>().HasMaxLength(8);
        builder.Property(d => d.Language).HasMaxLength(2);
        builder.Property(d => d.Operator).HasMaxLength(32);
        builder.Property(d => d.ConsentStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.ConsentDetail).HasMaxLength(DetailLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId);
        builder.HasMany(d => d.Positions).WithOne().HasForeignKey(p => p.DriverId);
        builder.HasMany(d => d.ConsentEvents).WithOne().HasForeignKey(e => e.DriverId);

        // One live driver per number and account; a deleted one awaiting release does not block adding it again.
        builder.HasIndex(d => new { d.AccountId, d.Mobile }).IsUnique().HasFilter("deleted_at IS NULL");
        builder.HasIndex(d => d.NextCheckAt);
        builder.HasIndex(d => new { d.Operator, d.Mobile });
    }

    public void Configure(EntityTypeBuilder<DriverPosition> builder)
    {
        builder.HasIndex(p => new { p.DriverId, p.LocatedAt });
        builder.HasIndex(p => p.LocatedAt);
    }

    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Detail).HasMaxLength(DetailLength);
        builder.HasIndex(e => new { e.DriverId, e.OccurredAt });
    }
}
