using Sangam.Api.Webhooks;

namespace Sangam.Api.SimTracking.Consent;

/// <summary>The body of the <c>driver.consent.changed</c> webhook: one consent change of a driver.</summary>
public sealed record ConsentChangedEvent(
    string Mobile, string? VehicleNumber, ConsentStatus ConsentStatus, DateTimeOffset? ConsentValidTill, ConsentEventSource Source, string Detail,
    DateTimeOffset At);

/// <summary>Publishes the consent changes of a driver as <c>driver.consent.changed</c> webhook events.</summary>
public sealed class ConsentWebhooks(WebhookOutbox outbox)
{
    /// <summary>
    /// Queues one delivery per consent change of <paramref name="driver"/> not saved yet, when the account's webhook
    /// subscribes to them. The caller saves: a change and its notification are committed together or not at all.
    /// </summary>
    public async Task QueueAsync(Driver driver, CancellationToken cancellationToken)
    {
        var changes = driver.ConsentEvents.Where(e => e.Id == 0)
            .Select(change => new ConsentChangedEvent(driver.Mobile, driver.VehicleNumber, change.Status, driver.ConsentValidTill.ToWire(),
                change.Source, change.Detail, change.OccurredAt.ToWire()))
            .ToList();
        foreach (var delivery in await outbox.QueueAsync(driver.AccountId, WebhookEvents.DriverConsentChanged, changes, cancellationToken))
        {
            delivery.Driver = driver;
        }
    }
}
