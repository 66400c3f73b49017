using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Hosting;

namespace Sangam.Api.Webhooks;

/// <summary>Forgets delivered and given-up deliveries once <see cref="WebhookOptions.DeliveryRetention"/> has passed.</summary>
internal sealed class WebhookHistoryCleanup(IOptions<WebhookOptions> options) : IExpiredDataCleanup
{
    public Task DeleteExpiredAsync(SangamDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.Value.DeliveryRetention;
        return db.WebhookDeliveries.Where(d => d.CompletedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
