using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Ocr.Jobs;

/// <summary>The answer to queueing a job.</summary>
/// <param name="JobId">Poll <c>GET /api/v2/ocr/jobs/{job_id}</c> with it.</param>
/// <param name="Status">Always <c>queued</c>.</param>
/// <param name="PagesTotal">Pages the job will read.</param>
public sealed record OcrJobAccepted(Guid JobId, OcrJobStatus Status, int PagesTotal);

/// <summary>Pages read so far of the pages the job reads.</summary>
public sealed record OcrJobProgress(int PagesDone, int PagesTotal);

/// <summary>Why a job's document could not be read: the status and message the synchronous upload would have answered.</summary>
public sealed record OcrJobError(int Status, string Message);

/// <summary>An asynchronous OCR job as its owner sees it.</summary>
public sealed record OcrJobView(
    Guid JobId,
    OcrJobStatus Status,
    string DocumentType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format,
    OcrJobProgress Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcrJobError? Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Result)
{
    /// <summary>The caller's job, unless it has passed its retention (the clean-up may not have deleted it yet).</summary>
    public static async Task<OcrJobView?> FindAsync(SangamDb db, long accountId, Guid jobId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var job = await db.OcrJobs.AsNoTracking()
            .Where(j => j.Id == jobId && j.AccountId == accountId && (j.ExpiresAt == null || j.ExpiresAt > now))
            .Select(j => new
            {
                j.Status, j.DocumentType, j.Format, j.PagesDone, j.PageCount, j.CreatedAt, j.StartedAt, j.CompletedAt, j.ExpiresAt,
                j.ErrorStatus, j.ErrorMessage, j.Result,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return null;
        }

        return new OcrJobView(
            jobId,
            job.Status,
            job.DocumentType,
            job.Format,
            new OcrJobProgress(job.PagesDone, job.PageCount),
            job.CreatedAt,
            job.StartedAt,
            job.CompletedAt,
            job.ExpiresAt,
            job.ErrorStatus is { } status ? new OcrJobError(status, job.ErrorMessage ?? string.Empty) : null,
            job.Result is null ? null : JsonSerializer.Deserialize<JsonElement>(job.Result));
    }
}
