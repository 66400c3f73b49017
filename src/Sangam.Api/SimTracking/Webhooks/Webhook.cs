using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.Api.Accounts;

namespace Sangam.Api.SimTracking.Webhooks;

/// <summary>Where an account wants consent changes posted, and the secret that signs them.</summary>
public sealed class TrackingWebhook
{
    public long AccountId { get; set; }

    public required string Url { get; set; }

    public required string Secret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A consent change still to be posted to the account's webhook. Queued in the same save as the change, delivered by
/// <see cref="WebhookSender"/> with retries; deleted once delivered or given up, and with the driver.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public long DriverId { get; set; }

    public Driver? Driver { get; set; }

    /// <summary>The JSON body, fixed when queued so every attempt posts (and signs) the same bytes.</summary>
    public required string Payload { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<TrackingWebhook>, IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<TrackingWebhook> builder)
    {
        builder.HasKey(w => w.AccountId);
        builder.Property(w => w.Url).HasMaxLength(WebhookEndpoints.MaxUrlLength);
        builder.Property(w => w.Secret).HasMaxLength(64);
        builder.HasOne<Account>().WithOne().HasForeignKey<TrackingWebhook>(w => w.AccountId);
    }

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.LastError).HasMaxLength(TrackingConfiguration.DetailLength);
        builder.HasOne(d => d.Driver).WithMany().HasForeignKey(d => d.DriverId);
        builder.HasIndex(d => d.NextAttemptAt);
    }
}
