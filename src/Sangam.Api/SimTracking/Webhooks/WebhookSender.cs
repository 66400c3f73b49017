using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Telemetry;
using Sangam.Api.SimTracking.Consent;

namespace Sangam.Api.SimTracking.Webhooks;

/// <summary>
/// Posts queued consent changes to the customers' webhooks, signed. Deliveries are claimed with a lease like the
/// consent process claims drivers, so several nodes can send side by side; a failed post is retried with doubling
/// waits and given up after <see cref="WebhookOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class WebhookSender(
    IServiceScopeFactory scopes, IHttpClientFactory clients, SangamMetrics metrics, TimeProvider time, IOptions<TrackingOptions> options,
    ILogger<WebhookSender> logger)
    : BackgroundService
{
    public const string ClientName = "tracking-webhooks";

    private WebhookOptions Settings => options.Value.Webhooks;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Consent.Enabled)
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

            await Task.Delay(options.Value.Consent.ScanInterval, time, stoppingToken);
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimDueAsync(cancellationToken);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Consent.Parallelism, CancellationToken = cancellationToken },
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
        var leaseUntil = now + options.Value.Consent.LeaseDuration;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.NextAttemptAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(options.Value.Consent.BatchSize)
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
            .Select(d => new { d.Payload, d.Attempts, Hook = db.TrackingWebhooks.FirstOrDefault(w => w.AccountId == d.AccountId) })
            .FirstOrDefaultAsync(cancellationToken);
        if (delivery?.Hook is null)
        {
            await db.WebhookDeliveries.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var error = await PostAsync(delivery.Hook, delivery.Payload, cancellationToken);
        var attempts = delivery.Attempts + 1;
        if (error is null || attempts >= Settings.MaxAttempts)
        {
            if (error is not null)
            {
                LogGivenUp(logger, id, attempts, error);
            }

            metrics.WebhookDelivery(error is null ? "delivered" : "given_up");

            await db.WebhookDeliveries.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        metrics.WebhookDelivery("retrying");
        var retryAt = time.GetUtcNow() + TimeSpan.FromTicks(Settings.FirstRetryAfter.Ticks * (1L << Math.Min(attempts - 1, 16)));
        await db.WebhookDeliveries.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.NextAttemptAt, retryAt)
            // The error can quote the receiver's host name, which the client chose: cut to the column on every database.
            .SetProperty(d => d.LastError, ConsentRequester.Truncate(error))
            .SetProperty(d => d.LeaseExpiresAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Posts the signed payload; null when the receiver took it (2xx), else why not.</summary>
    private async Task<string?> PostAsync(TrackingWebhook hook, string payload, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(ConsentWebhooks.SignatureHeader, ConsentWebhooks.Sign(hook.Secret, payload, time.GetUtcNow()));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Settings.Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"the receiver answered {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return e is OperationCanceledException ? "the receiver did not answer in time" : "the receiver could not be reached: " + e.Message;
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
