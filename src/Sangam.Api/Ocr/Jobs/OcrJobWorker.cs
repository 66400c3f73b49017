using System.Diagnostics;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting.Jobs;
using Sangam.Api.Hosting.Telemetry;

namespace Sangam.Api.Ocr.Jobs;

/// <summary>Wakes this node's idle workers when a job is queued here, so they need not wait for the next poll.</summary>
public sealed class OcrJobSignal(SangamMetrics metrics) : JobSignal
{
    public override void JobQueued()
    {
        metrics.OcrJob("queued");
        base.JobQueued();
    }
}

/// <summary>
/// Background readers of asynchronous OCR jobs: <see cref="InvoiceOcrOptions.JobWorkers"/> loops per node, each claiming
/// one job at a time from the database, renewing the lease while it reads, and writing the result. A node that stops
/// puts its jobs back in the queue; a node that dies loses them when the lease runs out.
/// </summary>
internal sealed partial class OcrJobWorker(
    IServiceScopeFactory scopes, UploadReader reader, OcrJobSignal signal, SangamMetrics metrics, IOptions<InvoiceOcrOptions> options,
    ILogger<OcrJobWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan CleanUpInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    private long _nextCleanUp;

    private InvoiceOcrOptions Options => options.Value;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Options.JobWorkers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken)));

    private Task WorkAsync(CancellationToken stoppingToken) =>
        JobLoop.RunAsync(
            async token =>
            {
                await CleanUpWhenDueAsync(token);
                return await RunOneAsync(token);
            },
            signal, Options.JobPollInterval, e => LogLoopFailed(logger, e), stoppingToken);

    private async Task<bool> RunOneAsync(CancellationToken stoppingToken)
    {
        ClaimedJob? job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            job = await scope.ServiceProvider.GetRequiredService<OcrJobStore>().TryClaimAsync(stoppingToken);
        }

        if (job is null)
        {
            return false;
        }

        LogClaimed(logger, job.Id);
        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(leaseLost.Token);
        var progress = new PagesRead();
        var heartbeat = KeepLeaseAsync(job, progress, leaseLost, reading.Token);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var read = await reader.ReadAsync(job.Upload, Options.MaxJobPages, progress, reading.Token);
            await reading.CancelAsync();
            await heartbeat;
            await WithStoreAsync(store => store.CompleteAsync(job, read, CancellationToken.None));
            metrics.OcrJobRead(Stopwatch.GetElapsedTime(started), read.Value?.Data.PagesRead ?? 0);
            metrics.OcrJob(read.Succeeded ? "finished" : "failed");
            LogFinished(logger, job.Id, read.Succeeded);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await WithStoreAsync(store => store.ReleaseAsync(job, countAttempt: false));
            throw;
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            LogLeaseLost(logger, job.Id);
        }
        catch (Exception e)
        {
            LogReadFailed(logger, e, job.Id);
            await WithStoreAsync(store => store.ReleaseAsync(job, countAttempt: true));
        }
        finally
        {
            await reading.CancelAsync();
            await heartbeat;
        }

        return true;
    }

    /// <summary>
    /// Records progress as pages are read (at most once a second) and renews the lease a few times per lease period
    /// until the read ends; cancels the read when the lease has passed to another node.
    /// </summary>
    private async Task KeepLeaseAsync(ClaimedJob job, PagesRead progress, CancellationTokenSource leaseLost, CancellationToken readEnded)
    {
        var renewEvery = Options.JobLease / 3;
        var tick = renewEvery < ProgressInterval ? renewEvery : ProgressInterval;
        var written = 0;
        var sinceRenewal = TimeSpan.Zero;
        try
        {
            while (true)
            {
                await Task.Delay(tick, readEnded);
                sinceRenewal += tick;
                var pages = progress.Count;
                if (pages == written && sinceRenewal < renewEvery)
                {
                    continue;
                }

                if (!await WithStoreAsync(store => store.RenewLeaseAsync(job, pages, readEnded)))
                {
                    await leaseLost.CancelAsync();
                    return;
                }

                written = pages;
                sinceRenewal = TimeSpan.Zero;
            }
        }
        catch (OperationCanceledException)
        {
            // The read ended.
        }
    }

    private async Task CleanUpWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        var due = Interlocked.Read(ref _nextCleanUp);
        if (now < due || Interlocked.CompareExchange(ref _nextCleanUp, now + (long)CleanUpInterval.TotalMilliseconds, due) != due)
        {
            return;
        }

        await WithStoreAsync(store => store.CleanUpAsync(cancellationToken));
    }

    private async Task WithStoreAsync(Func<OcrJobStore, Task> action) => await WithStoreAsync(async store =>
    {
        await action(store);
        return true;
    });

    private async Task<T> WithStoreAsync<T>(Func<OcrJobStore, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<OcrJobStore>());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OCR job {JobId} claimed")]
    private static partial void LogClaimed(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "OCR job {JobId} finished (read: {Succeeded})")]
    private static partial void LogFinished(ILogger logger, Guid jobId, bool succeeded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCR job {JobId}: the lease passed to another node; this node stopped reading it")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "OCR job {JobId}: reading failed unexpectedly; the job goes back to the queue")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "OCR job loop failed; retrying after the poll interval")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);

    /// <summary>The engine reports from its parallel page readers, possibly out of order; the heartbeat reads the highest count.</summary>
    private sealed class PagesRead : IProgress<int>
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Report(int value)
        {
            int seen;
            do
            {
                seen = Volatile.Read(ref _count);
                if (value <= seen)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _count, value, seen) != seen);
        }
    }
}
