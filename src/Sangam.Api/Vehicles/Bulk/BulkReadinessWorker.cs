using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Hosting.Jobs;
using Sangam.Api.Usage.Metering;
using Sangam.Api.Vehicles.Readiness;
using Sangam.India.Vehicles;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>Wakes this node's idle workers when a job is queued here, so they need not wait for the next poll.</summary>
public sealed class BulkReadinessSignal : JobSignal;

/// <summary>
/// Background checkers of bulk readiness jobs: <see cref="BulkReadinessOptions.JobWorkers"/> loops per node, each
/// claiming one job at a time and checking its pending rows a few at a time (<see cref="BulkReadinessOptions.Concurrency"/>
/// at once, through the lookup cache), writing each batch's results and renewing the lease in one transaction. A node
/// that stops puts its job back; a node that dies loses it when the lease runs out, and the node that takes it over
/// checks only the rows still pending. Each row checked is metered as one <c>vehicleReadiness</c> call of the uploader.
/// </summary>
internal sealed partial class BulkReadinessWorker(
    IServiceScopeFactory scopes, DispatchReadiness readiness, BulkReadinessSignal signal, UsageRecorder usage, IBulkReadinessEvents events,
    TimeProvider time, IHostApplicationLifetime lifetime, IOptions<BulkReadinessOptions> options, ILogger<BulkReadinessWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan CleanUpInterval = TimeSpan.FromMinutes(1);

    private BulkReadinessOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hosted services start before the server listens; in sandbox mode the upstreams are this server's emulators,
        // and a job resumed at start-up would find nobody answering.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Options.JobWorkers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken))
            .Append(CleanUpAsync(stoppingToken)));
    }

    private Task WorkAsync(CancellationToken stoppingToken) =>
        JobLoop.RunAsync(RunOneAsync, signal, Options.JobPollInterval, e => LogLoopFailed(logger, e), stoppingToken);

    private async Task<bool> RunOneAsync(CancellationToken stoppingToken)
    {
        var job = await WithStoreAsync(store => store.TryClaimAsync(stoppingToken));
        if (job is null)
        {
            return false;
        }

        LogClaimed(logger, job.Id);
        try
        {
            while (true)
            {
                var rows = await WithStoreAsync(store => store.PendingRowsAsync(job, Options.RowsPerWrite, stoppingToken));
                if (rows.Count == 0)
                {
                    await CompleteAsync(job);
                    break;
                }

                var results = await CheckAsync(job, rows, stoppingToken);
                if (!await WithStoreAsync(store => store.SaveAsync(job, [.. results.Select(r => (r.Line, r.Report))], CancellationToken.None)))
                {
                    LogLeaseLost(logger, job.Id);
                    break;
                }

                foreach (var result in results)
                {
                    Meter(job, result.Report, result.Duration);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await WithStoreAsync(store => store.ReleaseAsync(job, countAttempt: false));
            throw;
        }
        catch (Exception e)
        {
            LogCheckFailed(logger, e, job.Id);
            await WithStoreAsync(store => store.ReleaseAsync(job, countAttempt: true));
        }

        return true;
    }

    private async Task<(int Line, ReadinessReport Report, TimeSpan Duration)[]> CheckAsync(
        ClaimedBulkJob job, List<PendingBulkRow> rows, CancellationToken cancellationToken)
    {
        var results = new (int Line, ReadinessReport Report, TimeSpan Duration)[rows.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, rows.Count), parallel, async (i, token) =>
        {
            var row = rows[i];
            var started = Stopwatch.GetTimestamp();
            var report = await readiness.CheckAsync(job.AccountId, Vehicle(row), Driver(row), fresh: false, token);
            results[i] = (row.Line, report, Stopwatch.GetElapsedTime(started));
        });
        return results;
    }

    private async Task CompleteAsync(ClaimedBulkJob job)
    {
        var completion = await WithStoreAsync(store => store.CompleteAsync(job, CancellationToken.None));
        if (completion is null)
        {
            LogLeaseLost(logger, job.Id);
            return;
        }

        LogCompleted(logger, job.Id);
        try
        {
            await events.CompletedAsync(completion, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogHookFailed(logger, e, job.Id);
        }
    }

    // Metered as the single check is, so that usage reports and limits count a row like a call.
    private void Meter(ClaimedBulkJob job, ReadinessReport report, TimeSpan duration) => usage.Record(new UsageEvent
    {
        AccountId = job.AccountId,
        UserId = job.UserId,
        ApiKeyId = job.ApiKeyId,
        Api = VehiclesApi.ReadinessOperation,
        Family = ApiFamily.Vehicles.WireName(),
        Status = StatusCodes.Status200OK,
        DurationMs = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds),
        CacheHit = report.CacheHit,
        UpstreamOutcome = report.UpstreamOutcome?.WireName(),
        OccurredAt = time.GetUtcNow(),
    });

    private async Task CleanUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await WithStoreAsync(async store =>
                    {
                        await store.CleanUpAsync(stoppingToken);
                        return true;
                    });
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLoopFailed(logger, e);
                }

                await Task.Delay(CleanUpInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    // Rows are stored normalised at upload, so they parse; anything else is a corrupted row, and the job is retried and given up.
    private static VehicleNumber Vehicle(PendingBulkRow row) =>
        VehicleNumber.TryParse(row.VehicleNumber, out var vehicle) ? vehicle : throw new InvalidOperationException($"Row {row.Line} has no valid vehicle number.");

    private static DriverToCheck? Driver(PendingBulkRow row) => row.DlNumber is null || row.Dob is null
        ? null
        : new DriverToCheck(
            DrivingLicence.TryParse(row.DlNumber, out var licence) ? licence : throw new InvalidOperationException($"Row {row.Line} has no valid licence."),
            DateOnly.ParseExact(row.Dob, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private async Task<T> WithStoreAsync<T>(Func<BulkReadinessStore, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<BulkReadinessStore>());
    }

    private async Task WithStoreAsync(Func<BulkReadinessStore, Task> action) => await WithStoreAsync(async store =>
    {
        await action(store);
        return true;
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk readiness job {JobId} claimed")]
    private static partial void LogClaimed(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk readiness job {JobId} completed")]
    private static partial void LogCompleted(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bulk readiness job {JobId}: the lease passed to another node; this node stopped checking it")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk readiness job {JobId}: checking failed unexpectedly; the job goes back to the queue")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk readiness job {JobId}: the completion hook failed")]
    private static partial void LogHookFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk readiness job loop failed; retrying after a pause")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
