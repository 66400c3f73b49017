using System.Text.Json.Serialization;

namespace Sangam.Client.Ocr;

/// <summary>Where an asynchronous job is.</summary>
public enum OcrJobStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>Being read.</summary>
    Running,

    /// <summary>Read; <see cref="OcrJob.Result"/> holds the reading.</summary>
    Succeeded,

    /// <summary>The document could not be read; see <see cref="OcrJob.Error"/>.</summary>
    Failed,
}

/// <summary>A queued job.</summary>
/// <param name="JobId">The job's id.</param>
/// <param name="Status">Queued.</param>
/// <param name="PagesTotal">Pages the job will read.</param>
public sealed record OcrJobAccepted(Guid JobId, OcrJobStatus Status, int PagesTotal);

/// <summary>An asynchronous OCR job.</summary>
/// <param name="JobId">The job's id.</param>
/// <param name="Status">Queued, running, succeeded or failed.</param>
/// <param name="DocumentType">The wire document type.</param>
/// <param name="Format">For bills of entry, <c>boe</c> or <c>boe_v2</c>.</param>
/// <param name="Progress">Pages read of pages to read.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="StartedAt">When a worker last took it.</param>
/// <param name="CompletedAt">When it finished.</param>
/// <param name="ExpiresAt">When the finished job and its result are deleted.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Result">The reading of every page, once succeeded.</param>
public sealed record OcrJob(
    Guid JobId,
    OcrJobStatus Status,
    string DocumentType,
    string? Format,
    OcrJobProgress Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt,
    OcrJobError? Error,
    OcrResult? Result)
{
    /// <summary>True once the job has succeeded or failed.</summary>
    [JsonIgnore]
    public bool IsFinished => Status is OcrJobStatus.Succeeded or OcrJobStatus.Failed;
}

/// <summary>Pages read so far.</summary>
/// <param name="PagesDone">Pages read.</param>
/// <param name="PagesTotal">Pages to read.</param>
public sealed record OcrJobProgress(int PagesDone, int PagesTotal);

/// <summary>Why a job's document could not be read.</summary>
/// <param name="Status">The HTTP status the synchronous upload would have answered (415, 422).</param>
/// <param name="Message">What is wrong with the file.</param>
public sealed record OcrJobError(int Status, string Message);
