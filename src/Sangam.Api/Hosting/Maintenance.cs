using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Data;

namespace Sangam.Api.Hosting;

/// <summary>Configuration section <c>Maintenance</c>.</summary>
public sealed class MaintenanceOptions
{
    public const string Section = "Maintenance";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long raw usage events are kept; daily counters are kept for good.</summary>
    public TimeSpan UsageEventRetention { get; set; } = TimeSpan.FromDays(90);
}

/// <summary>
/// A family's share of the periodic clean-up (e.g. webhook delivery history past its retention), registered as a
/// service and run by <see cref="Maintenance"/> after its own statements. It must be idempotent: every node runs it.
/// </summary>
public interface IExpiredDataCleanup
{
    Task DeleteExpiredAsync(SangamDb db, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>
/// Periodic clean-up of what expires: idempotency records, old login failures, dead sessions, old usage events, and
/// what the families register as <see cref="IExpiredDataCleanup"/>. Every statement is idempotent, so several nodes
/// may run it at once.
/// </summary>
internal sealed partial class Maintenance(
    IServiceScopeFactory scopes, IOptions<MaintenanceOptions> options, IOptions<AuthOptions> auth, TimeProvider time, ILogger<Maintenance> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var now = time.GetUtcNow();
        var lockoutCutoff = now - auth.Value.LockoutWindow;
        var usageCutoff = now - options.Value.UsageEventRetention;
        var sessionCutoff = now - TimeSpan.FromDays(1);

        await db.IdempotencyRecords.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        await db.LoginFailures.Where(f => f.OccurredAt < lockoutCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.AuthSessions.Where(s => s.ExpiresAt < sessionCutoff).ExecuteDeleteAsync(cancellationToken);
        await db.UsageEvents.Where(e => e.OccurredAt < usageCutoff).ExecuteDeleteAsync(cancellationToken);
        foreach (var cleanup in scope.ServiceProvider.GetServices<IExpiredDataCleanup>())
        {
            await cleanup.DeleteExpiredAsync(db, now, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Maintenance run failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
