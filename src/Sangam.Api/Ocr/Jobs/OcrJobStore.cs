using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Ocr.Wire;
using Sangam.Api.SimTracking;
using Sangam.Api.Webhooks;
using Sangam.Ocr;
using Sangam.Ocr.Documents;

namespace Sangam.Api.Ocr.Jobs;

/// <summary>A job this node holds the lease of, with what it needs to read it and to report its end.</summary>
public sealed record ClaimedJob(Guid Id, Guid LeaseToken, long AccountId, string DocumentType, string? Format, OcrUpload Upload);

/// <summary>
/// The job table's state changes. Every change a worker makes is conditional on its lease token, so a node that lost
/// its lease (it stalled and another node took the job over) can no longer write. A job's end is published as an
/// <c>ocr.job.completed</c> or <c>ocr.job.failed</c> webhook event in the same transaction.
/// </summary>
public sealed class OcrJobStore(
    SangamDb db, WebhookOutbox webhooks, TimeProvider time, IOptions<InvoiceOcrOptions> options, IOptions<JsonOptions> json)
{
    /// <summary>Claims after which a job whose reading keeps killing its node is given up.</summary>
    public const int MaxAttempts = 3;

    private InvoiceOcrOptions Options => options.Value;

    /// <summary>Takes the oldest queued job, or one whose node stopped renewing its lease, with an atomic conditional update.</summary>
    public async Task<ClaimedJob?> TryClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await Claimable(now).OrderBy(j => j.CreatedAt).Select(j => j.Id).Take(4).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var token = Guid.NewGuid();
            var claimed = await Claimable(now).Where(j => j.Id == id).ExecuteUpdateAsync(job => job
                .SetProperty(j => j.Status, OcrJobStatus.Running)
                .SetProperty(j => j.LeaseToken, token)
                .SetProperty(j => j.LeaseExpiresAt, now + Options.JobLease)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.StartedAt, now), cancellationToken);
            if (claimed == 1)
            {
                var job = await db.OcrJobs.AsNoTracking().Where(j => j.Id == id)
                    .Select(j => new { j.AccountId, j.Upload, j.DocumentType, j.Format })
                    .SingleAsync(cancellationToken);
                var type = DocumentTypes.TryParse(job.DocumentType, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"OCR job {id} has an unknown document type '{job.DocumentType}'.");
                var format = OcrUpload.TryParseFormat(job.Format, out var boeFormat) ? boeFormat : BoeFormat.Boe;
                return new ClaimedJob(id, token, job.AccountId, job.DocumentType, job.Format, new OcrUpload(job.Upload, type, format));
            }
        }

        return null;
    }

    /// <summary>Extends the lease and records the pages read so far; false when the job is no longer this node's.</summary>
    public async Task<bool> RenewLeaseAsync(ClaimedJob job, int pagesDone, CancellationToken cancellationToken) =>
        await Held(job).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.LeaseExpiresAt, time.GetUtcNow() + Options.JobLease)
            .SetProperty(x => x.PagesDone, pagesDone), cancellationToken) == 1;

    public async Task CompleteAsync(ClaimedJob job, ReadResult<OcrResponse> read, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var error = read.Succeeded ? null : UploadReader.ToApiError(read.Error!);
        var result = read.Succeeded ? JsonSerializer.Serialize(read.Value, json.Value.SerializerOptions) : null;
        var pagesDone = read.Value?.Data.PagesRead ?? 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var completed = await Held(job).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.Status, error is null ? OcrJobStatus.Succeeded : OcrJobStatus.Failed)
            .SetProperty(x => x.Result, result)
            .SetProperty(x => x.PagesDone, pagesDone)
            .SetProperty(x => x.ErrorStatus, error == null ? null : error.StatusCode)
            .SetProperty(x => x.ErrorMessage, error == null ? null : error.Message)
            .SetProperty(x => x.Upload, Array.Empty<byte>())
            .SetProperty(x => x.LeaseToken, (Guid?)null)
            .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(x => x.CompletedAt, now)
            .SetProperty(x => x.ExpiresAt, now + Options.JobRetention), cancellationToken);
        if (completed == 1)
        {
            var failure = error is null ? null : new OcrJobError(error.StatusCode, error.Message);
            await PublishEndAsync(job.Id, job.AccountId, job.DocumentType, job.Format, pagesDone, failure, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Puts the job back in the queue (this node is stopping, or the read failed unexpectedly).</summary>
    public async Task ReleaseAsync(ClaimedJob job, bool countAttempt) =>
        await Held(job).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.Status, OcrJobStatus.Queued)
            .SetProperty(x => x.LeaseToken, (Guid?)null)
            .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(x => x.Attempts, x => countAttempt ? x.Attempts : x.Attempts - 1), CancellationToken.None);

    /// <summary>Deletes finished jobs past their retention and fails jobs that used up their attempts. Idempotent, so any node may run it.</summary>
    public async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.OcrJobs.Where(j => j.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var exhausted = await Exhausted(now).Select(j => new { j.Id, j.AccountId, j.DocumentType, j.Format, j.PagesDone }).ToListAsync(cancellationToken);
        var error = new OcrJobError(StatusCodes.Status422UnprocessableEntity, $"The document could not be read in {MaxAttempts} attempts.");
        foreach (var job in exhausted)
        {
            // One job at a time, so that each failure and its webhook event commit together, whichever node gets there first.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var failed = await Exhausted(now).Where(j => j.Id == job.Id).ExecuteUpdateAsync(j => j
                .SetProperty(x => x.Status, OcrJobStatus.Failed)
                .SetProperty(x => x.ErrorStatus, error.Status)
                .SetProperty(x => x.ErrorMessage, error.Message)
                .SetProperty(x => x.Upload, Array.Empty<byte>())
                .SetProperty(x => x.LeaseToken, (Guid?)null)
                .SetProperty(x => x.CompletedAt, now)
                .SetProperty(x => x.ExpiresAt, now + Options.JobRetention), cancellationToken);
            if (failed == 1)
            {
                await PublishEndAsync(job.Id, job.AccountId, job.DocumentType, job.Format, job.PagesDone, error, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task PublishEndAsync(
        Guid jobId, long accountId, string documentType, string? format, int pagesRead, OcrJobError? error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var queued = error is null
            ? await webhooks.QueueAsync(accountId, WebhookEvents.OcrJobCompleted, new OcrJobCompletedEvent(jobId, documentType, format, pagesRead, at.ToWire()), cancellationToken)
            : await webhooks.QueueAsync(accountId, WebhookEvents.OcrJobFailed, new OcrJobFailedEvent(jobId, documentType, format, error, at.ToWire()), cancellationToken);
        if (queued is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private IQueryable<OcrJob> Exhausted(DateTimeOffset now) => db.OcrJobs.Where(j =>
        j.Attempts >= MaxAttempts && (j.Status == OcrJobStatus.Queued || (j.Status == OcrJobStatus.Running && j.LeaseExpiresAt < now)));

    private IQueryable<OcrJob> Claimable(DateTimeOffset now) => db.OcrJobs.Where(j =>
        j.Attempts < MaxAttempts && (j.Status == OcrJobStatus.Queued || (j.Status == OcrJobStatus.Running && j.LeaseExpiresAt < now)));

    private IQueryable<OcrJob> Held(ClaimedJob job) => db.OcrJobs.Where(j => j.Id == job.Id && j.LeaseToken == job.LeaseToken);
}
