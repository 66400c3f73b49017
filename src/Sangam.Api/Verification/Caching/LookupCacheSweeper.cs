using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Verification.Caching;

/// <summary>Deletes expired cache entries now and then; any node may run it, the statement is idempotent.</summary>
internal sealed partial class LookupCacheSweeper(IServiceScopeFactory scopes, TimeProvider time, ILogger<LookupCacheSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var now = time.GetUtcNow();
                await scope.ServiceProvider.GetRequiredService<SangamDb>().CachedLookups.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping expired lookup cache entries failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
