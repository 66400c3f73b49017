using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;

namespace Sangam.Api.SimTracking.Consent;

/// <summary>
/// The background process that learns drivers' consent from the operators: every scan it claims the drivers whose
/// next step is due and runs their <see cref="ConsentStep"/>. All its state is in the drivers' rows, so it survives
/// restarts; a driver is claimed with a lease in one conditional update, so any number of nodes can run it side by
/// side and a crashed node's work is taken over once its lease expires. Also deletes positions past retention.
/// </summary>
public sealed partial class ConsentWorker(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<TrackingOptions> options, ILogger<ConsentWorker> logger) : BackgroundService
{
    private ConsentProcessOptions Settings => options.Value.Consent;

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
                // A full batch means more may be due: keep going before waiting.
                while (await RunOnceAsync(stoppingToken) == Settings.BatchSize)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogScanFailed(logger, e);
            }

            await Task.Delay(Settings.ScanInterval, time, stoppingToken);
        }
    }

    /// <summary>Claims the due drivers and runs their steps; returns how many were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimDueAsync(cancellationToken);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = Settings.Parallelism, CancellationToken = cancellationToken },
            async (driverId, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<ConsentStep>().RunAsync(driverId, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Typically the driver was deleted meanwhile. The lease lapses and a later scan tries again;
                    // the other drivers of the batch go on.
                    LogStepFailed(logger, driverId, e);
                }
            });
        return claimed.Count;
    }

    internal async Task<IReadOnlyList<long>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var now = time.GetUtcNow();
        var leaseUntil = now + Settings.LeaseDuration;
        var due = await db.Drivers.AsNoTracking()
            .Where(d => d.NextCheckAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .OrderBy(d => d.NextCheckAt)
            .Select(d => d.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(cancellationToken);

        // One row per statement, the condition repeated: of two nodes racing for a driver exactly one updates it.
        var claimed = new List<long>(due.Count);
        foreach (var id in due)
        {
            var won = await db.Drivers
                .Where(d => d.Id == id && d.NextCheckAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseExpiresAt, leaseUntil), cancellationToken);
            if (won == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Consent scan failed; retrying at the next scan")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consent step of driver {DriverId} failed; retried when its lease lapses")]
    private static partial void LogStepFailed(ILogger logger, long driverId, Exception exception);
}
