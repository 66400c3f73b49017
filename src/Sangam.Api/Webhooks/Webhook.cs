using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.Api.Accounts;
using Sangam.Api.SimTracking;

namespace Sangam.Api.Webhooks;

/// <summary>Where an account wants its events posted, which events, and the secret that signs them.</summary>
public sealed class Webhook
{
    public long AccountId { get; set; }

    public required string Url { get; set; }

    public required string Secret { get; set; }

    public WebhookSubscriptions Events { get; set; } = WebhookEvents.Default;

    public DateTimeOffset CreatedAt { get; set; }
}

public enum WebhookDeliveryStatus
{
    /// <summary>Not posted yet, or refused and waiting for its next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Given up after the last attempt.</summary>
    Failed,
}

/// <summary>
/// One event for the account's webhook. Queued in the same save as what it reports, posted by
/// <see cref="WebhookSender"/> with retries, then kept as delivery history for <see cref="WebhookOptions.DeliveryRetention"/>.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    /// <summary>The body's <c>id</c> and the <c>X-Sangam-Delivery</c> header: the same on every attempt, for receivers to drop repeats.</summary>
    public required string DeliveryId { get; set; }

    public long AccountId { get; set; }

    public required string EventType { get; set; }

    /// <summary>The driver the body quotes, if any: erasing the driver erases the delivery.</summary>
    public long? DriverId { get; set; }

    public Driver? Driver { get; set; }

    /// <summary>The JSON body, fixed when queued so every attempt posts (and signs) the same bytes.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; null once delivered or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The HTTP status of the last answer; null when the receiver gave none (unreachable, timed out).</summary>
    public int? ResponseStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>When it was delivered or given up; history is pruned from this time.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>, IEntityTypeConfiguration<WebhookDelivery>
{
    public const int EventTypeLength = 40;
    public const int LastErrorLength = 300;

    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.HasKey(w => w.AccountId);
        builder.Property(w => w.Url).HasMaxLength(WebhookEndpoints.MaxUrlLength);
        builder.Property(w => w.Secret).HasMaxLength(64);
        builder.HasOne<Account>().WithOne().HasForeignKey<Webhook>(w => w.AccountId);
    }

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.DeliveryId).HasMaxLength(32);
        builder.Property(d => d.EventType).HasMaxLength(EventTypeLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.LastError).HasMaxLength(LastErrorLength);
        builder.HasOne(d => d.Driver).WithMany().HasForeignKey(d => d.DriverId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.NextAttemptAt);
        builder.HasIndex(d => new { d.AccountId, d.CreatedAt });
        builder.HasIndex(d => d.CompletedAt);
    }
}
