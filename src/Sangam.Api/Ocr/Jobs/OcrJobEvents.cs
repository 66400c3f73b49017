using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Sangam.Api.Ocr.Jobs;

/// <summary>The body of the <c>ocr.job.completed</c> webhook: the job's result is ready at <c>GET /api/v2/ocr/jobs/{job_id}</c>.</summary>
public sealed record OcrJobCompletedEvent(
    Guid JobId,
    string DocumentType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format,
    [property: Description("Pages the job read.")] int PagesRead,
    DateTimeOffset CompletedAt);

/// <summary>The body of the <c>ocr.job.failed</c> webhook: the job's document could not be read, and why.</summary>
public sealed record OcrJobFailedEvent(
    Guid JobId,
    string DocumentType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format,
    [property: Description("The status and message the synchronous upload would have answered.")] OcrJobError Error,
    DateTimeOffset CompletedAt);
