using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Vehicles.Readiness;
using Sangam.Api.Webhooks;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>A job this node holds the lease of.</summary>
public sealed record ClaimedBulkJob(Guid Id, Guid LeaseToken, long AccountId, long? UserId, long? ApiKeyId);

/// <summary>A row still to be checked, as stored (normalised) at upload.</summary>
public sealed record PendingBulkRow(int Line, string VehicleNumber, string? DlNumber, string? Dob);

/// <summary>
/// The job and row tables' state changes. Every change a worker makes is conditional on its lease token, so a node that
/// lost its lease (it stalled and another node took the job over) can no longer write.
/// </summary>
public sealed class BulkReadinessStore(SangamDb db, WebhookOutbox webhooks, TimeProvider time, IOptions<BulkReadinessOptions> options)
{
    /// <summary>Claims after which a job that keeps failing its node is given up.</summary>
    public const int MaxAttempts = 3;

    private BulkReadinessOptions Options => options.Value;

    /// <summary>Takes the oldest queued job, or one whose node stopped renewing its lease, with an atomic conditional update.</summary>
    public async Task<ClaimedBulkJob?> TryClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await Claimable(now).OrderBy(j => j.CreatedAt).Select(j => new { j.Id, j.AccountId, j.UserId, j.ApiKeyId }).Take(4).ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            var token = Guid.NewGuid();
            var claimed = await Claimable(now).Where(j => j.Id == candidate.Id).ExecuteUpdateAsync(job => job
                .SetProperty(j => j.Status, BulkReadinessStatus.Running)
                .SetProperty(j => j.LeaseToken, token)
                .SetProperty(j => j.LeaseExpiresAt, now + Options.JobLease)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now), cancellationToken);
            if (claimed == 1)
            {
                return new ClaimedBulkJob(candidate.Id, token, candidate.AccountId, candidate.UserId, candidate.ApiKeyId);
            }
        }

        return null;
    }

    /// <summary>The next rows to check, in file order.</summary>
    public async Task<List<PendingBulkRow>> PendingRowsAsync(ClaimedBulkJob job, int count, CancellationToken cancellationToken) =>
        await db.BulkReadinessRows.AsNoTracking()
            .Where(r => r.JobId == job.Id && r.State == BulkRowState.Pending)
            .OrderBy(r => r.Line)
            .Take(count)
            .Select(r => new PendingBulkRow(r.Line, r.VehicleNumber, r.DlNumber, r.Dob))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Writes checked rows and the progress, and renews the lease, in one transaction; false (nothing written) when the
    /// job is no longer this node's.
    /// </summary>
    public async Task<bool> SaveAsync(ClaimedBulkJob job, IReadOnlyList<(int Line, ReadinessReport Report)> checkedRows, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var written = 0;
        // The report's time is IST for people; PostgreSQL stores instants in UTC only.
        foreach (var (line, report) in checkedRows)
        {
            written += await db.BulkReadinessRows.Where(r => r.JobId == job.Id && r.Line == line && r.State == BulkRowState.Pending)
                .ExecuteUpdateAsync(r => r
                    .SetProperty(x => x.State, BulkRowState.Checked)
                    .SetProperty(x => x.Verdict, report.Verdict)
                    .SetProperty(x => x.Blockers, JsonSerializer.Serialize(report.Blockers))
                    .SetProperty(x => x.Warnings, JsonSerializer.Serialize(report.Warnings))
                    .SetProperty(x => x.Unverified, JsonSerializer.Serialize(report.Unverified))
                    .SetProperty(x => x.CheckedAt, report.CheckedAt.ToUniversalTime()), cancellationToken);
        }

        var held = await Held(job).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.RowsDone, x => x.RowsDone + written)
            .SetProperty(x => x.LeaseExpiresAt, time.GetUtcNow() + Options.JobLease), cancellationToken);
        if (held == 0)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks the job completed once no row is pending; the summary for the completion hook, or null when the job is no longer this node's.</summary>
    public async Task<BulkReadinessCompletion?> CompleteAsync(ClaimedBulkJob job, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // The job's end and its readiness.bulk.completed webhook are committed together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var completed = await Held(job)
            .Where(j => !db.BulkReadinessRows.Any(r => r.JobId == j.Id && r.State == BulkRowState.Pending))
            .ExecuteUpdateAsync(j => j
                .SetProperty(x => x.Status, BulkReadinessStatus.Completed)
                .SetProperty(x => x.LeaseToken, (Guid?)null)
                .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(x => x.CompletedAt, now)
                .SetProperty(x => x.ExpiresAt, now + Options.JobRetention), cancellationToken);
        if (completed == 0)
        {
            return null;
        }

        var counts = await BulkReadinessCounts.OfAsync(db, job.Id, cancellationToken);
        var rows = counts.Ready + counts.NotReady + counts.Unknown + counts.Invalid + counts.Pending;
        await webhooks.QueueAsync(job.AccountId, WebhookEvents.ReadinessBulkCompleted,
            new ReadinessBulkCompletedEvent(job.Id.ToString(), rows, counts.Ready, counts.NotReady, counts.Unknown, counts.Invalid, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BulkReadinessCompletion(job.Id, job.AccountId, now, counts);
    }

    /// <summary>Puts the job back in the queue (this node is stopping, or checking failed unexpectedly); checked rows keep their results.</summary>
    public async Task ReleaseAsync(ClaimedBulkJob job, bool countAttempt) =>
        await Held(job).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.Status, BulkReadinessStatus.Queued)
            .SetProperty(x => x.LeaseToken, (Guid?)null)
            .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(x => x.Attempts, x => countAttempt ? x.Attempts : x.Attempts - 1), CancellationToken.None);

    /// <summary>Deletes finished jobs past their retention (their rows with them) and fails jobs that used up their attempts. Idempotent, so any node may run it.</summary>
    public async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.BulkReadinessJobs.Where(j => j.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        await db.BulkReadinessJobs
            .Where(j => j.Attempts >= MaxAttempts
                && (j.Status == BulkReadinessStatus.Queued || (j.Status == BulkReadinessStatus.Running && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(j => j
                .SetProperty(x => x.Status, BulkReadinessStatus.Failed)
                .SetProperty(x => x.ErrorMessage, $"Checking stopped after {MaxAttempts} attempts; the rows checked before keep their results.")
                .SetProperty(x => x.LeaseToken, (Guid?)null)
                .SetProperty(x => x.CompletedAt, now)
                .SetProperty(x => x.ExpiresAt, now + Options.JobRetention), cancellationToken);
    }

    private IQueryable<BulkReadinessJob> Claimable(DateTimeOffset now) => db.BulkReadinessJobs.Where(j => j.Attempts < MaxAttempts
        && (j.Status == BulkReadinessStatus.Queued || (j.Status == BulkReadinessStatus.Running && j.LeaseExpiresAt < now)));

    private IQueryable<BulkReadinessJob> Held(ClaimedBulkJob job) => db.BulkReadinessJobs.Where(j => j.Id == job.Id && j.LeaseToken == job.LeaseToken);
}
