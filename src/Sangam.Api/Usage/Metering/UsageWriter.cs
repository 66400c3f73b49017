using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.India;

namespace Sangam.Api.Usage.Metering;

/// <summary>
/// Writes metered calls in batches: the raw events and the per-day counters, in one transaction per batch.
/// On shutdown it drains what is queued before the process exits.
/// </summary>
internal sealed partial class UsageWriter(UsageRecorder recorder, UsageVersion version, IServiceScopeFactory scopes, ILogger<UsageWriter> logger) : BackgroundService
{
    private const int MaxBatch = 2000;

    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(500);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        recorder.Complete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = recorder.Reader;
        var batch = new List<UsageEvent>(MaxBatch);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var call))
            {
                batch.Add(call);
            }

            await WriteAsync(batch);
            batch.Clear();
            if (!stoppingToken.IsCancellationRequested)
            {
                // Let a batch fill up instead of writing one transaction per call under load.
                await Task.Delay(FlushInterval, CancellationToken.None);
            }
        }
    }

    private async Task WriteAsync(List<UsageEvent> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.UsageEvents.AddRange(batch);
            await db.SaveChangesAsync();
            foreach (var day in batch.GroupBy(e => (e.AccountId, Day: Ist.Today(e.OccurredAt), e.Api)))
            {
                var calls = day.LongCount();
                var errors = day.LongCount(e => e.Status >= 400);
                var cacheHits = day.LongCount(e => e.CacheHit == true);
                var duration = day.Sum(e => (long)e.DurationMs);
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO usage_daily (account_id, day, api, calls, errors, cache_hits, total_duration_ms)
                    VALUES ({day.Key.AccountId}, {day.Key.Day}, {day.Key.Api}, {calls}, {errors}, {cacheHits}, {duration})
                    ON CONFLICT (account_id, day, api) DO UPDATE SET
                        calls = usage_daily.calls + excluded.calls,
                        errors = usage_daily.errors + excluded.errors,
                        cache_hits = usage_daily.cache_hits + excluded.cache_hits,
                        total_duration_ms = usage_daily.total_duration_ms + excluded.total_duration_ms
                    """);
            }

            await transaction.CommitAsync();
            version.Advance();
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogWriteFailed(logger, e, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write {Count} usage records")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);
}
