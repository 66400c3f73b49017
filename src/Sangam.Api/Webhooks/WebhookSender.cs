using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Telemetry;

namespace Sangam.Api.Webhooks;

/// <summary>
/// Posts queued events to the customers' webhooks, signed. Deliveries are claimed with a lease, so several nodes can
/// send side by side; a failed post is retried with doubling waits and given up after
/// <see cref="WebhookOptions.MaxAttempts"/>. Delivered and given-up deliveries stay as history until
/// <see cref="WebhookOptions.DeliveryRetention"/> has passed (<see cref="WebhookHistoryCleanup"/>).
/// </summary>
public sealed partial class WebhookSender(
    IServiceScopeFactory scopes, IHttpClientFactory clients, SangamMetrics metrics, TimeProvider time, IOptions<WebhookOptions> options,
    ILogger<WebhookSender> logger)
    : BackgroundService
{
    public const string ClientName = "webhooks";

    private WebhookOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogScanFailed(logger, e);
            }

            await Task.Delay(Settings.ScanInterval, time, stoppingToken);
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimDueAsync(cancellationToken);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = Settings.Parallelism, CancellationToken = cancellationToken },
            async (id, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await DeliverAsync(scope.ServiceProvider.GetRequiredService<SangamDb>(), id, token);
            });
    }

    private async Task<IReadOnlyList<long>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var now = time.GetUtcNow();
        var leaseUntil = now + Settings.LeaseDuration;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.NextAttemptAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(Settings.BatchSize)
            .ToListAsync(cancellationToken);
        var claimed = new List<long>(due.Count);
        foreach (var id in due)
        {
            var won = await db.WebhookDeliveries
                .Where(d => d.Id == id && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseExpiresAt, leaseUntil), cancellationToken);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private async Task DeliverAsync(SangamDb db, long id, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new { d.DeliveryId, d.EventType, d.Payload, d.Attempts, Hook = db.Webhooks.FirstOrDefault(w => w.AccountId == d.AccountId) })
            .FirstOrDefaultAsync(cancellationToken);
        if (delivery?.Hook is null)
        {
            // The webhook was removed since: nobody to post to.
            await db.WebhookDeliveries.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var answer = await PostAsync(delivery.Hook, delivery.DeliveryId, delivery.EventType, delivery.Payload, cancellationToken);
        var attempts = delivery.Attempts + 1;
        var now = time.GetUtcNow();
        var outcome = answer.Error is null ? WebhookDeliveryStatus.Delivered
            : attempts >= Settings.MaxAttempts ? WebhookDeliveryStatus.Failed
            : WebhookDeliveryStatus.Pending;
        if (outcome == WebhookDeliveryStatus.Failed)
        {
            LogGivenUp(logger, id, attempts, answer.Error!);
        }

        metrics.WebhookDelivery(outcome switch { WebhookDeliveryStatus.Delivered => "delivered", WebhookDeliveryStatus.Failed => "given_up", _ => "retrying" });
        DateTimeOffset? retryAt = outcome == WebhookDeliveryStatus.Pending
            ? now + TimeSpan.FromTicks(Settings.FirstRetryAfter.Ticks * (1L << Math.Min(attempts - 1, 16)))
            : null;
        DateTimeOffset? completedAt = outcome == WebhookDeliveryStatus.Pending ? null : now;
        await db.WebhookDeliveries.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, outcome)
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.NextAttemptAt, retryAt)
            .SetProperty(d => d.LastAttemptAt, now)
            .SetProperty(d => d.CompletedAt, completedAt)
            .SetProperty(d => d.ResponseStatus, answer.Status)
            .SetProperty(d => d.LastError, d => answer.Error ?? d.LastError)
            .SetProperty(d => d.LeaseExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Posts the signed payload: the receiver's status, if it answered, and why the post failed unless it was a 2xx.</summary>
    private async Task<(int? Status, string? Error)> PostAsync(Webhook hook, string deliveryId, string eventType, string payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookOutbox.SignatureHeader, WebhookOutbox.Sign(hook.Secret, payload, time.GetUtcNow()));
        request.Headers.Add(WebhookOutbox.EventHeader, eventType);
        request.Headers.Add(WebhookOutbox.DeliveryHeader, deliveryId);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Settings.Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            return (status, response.IsSuccessStatusCode ? null : $"the receiver answered {status}");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The message can quote the receiver's host name, which the client chose: cut to the column on every database.
            var error = e is OperationCanceledException ? "the receiver did not answer in time" : "the receiver could not be reached: " + e.Message;
            return (null, error.Length <= WebhookConfiguration.LastErrorLength ? error : error[..(WebhookConfiguration.LastErrorLength - 1)] + "…");
        }
    }

    /// <summary>
    /// Connects only to public addresses, checked after DNS resolution: a webhook URL must not reach the server's
    /// own network (cloud metadata, databases, admin ports).
    /// </summary>
    public static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var address = addresses.FirstOrDefault(IsPublic)
            ?? throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to no public address; webhooks may not reach private networks.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || b[0] >= 224
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook scan failed; retrying at the next scan")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} given up after {Attempts} attempts: {Error}")]
    private static partial void LogGivenUp(ILogger logger, long deliveryId, int attempts, string error);
}
