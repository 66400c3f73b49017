using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sangam.Api.Ocr.Jobs;

public enum OcrJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// An asynchronous OCR job. The database is the source of truth: the upload waits here until a node claims the job,
/// and the claim is a lease (<see cref="LeaseToken"/>, <see cref="LeaseExpiresAt"/>) that a crashed node's job loses,
/// so another node takes it over.
/// </summary>
public sealed class OcrJob
{
    public Guid Id { get; set; }

    public long AccountId { get; set; }

    /// <summary>The wire value, e.g. <c>invoice</c> or <c>BOE</c>.</summary>
    public required string DocumentType { get; set; }

    /// <summary><c>boe</c> or <c>boe_v2</c> for bills of entry.</summary>
    public string? Format { get; set; }

    public OcrJobStatus Status { get; set; }

    /// <summary>The uploaded file; emptied once the job has finished.</summary>
    public required byte[] Upload { get; set; }

    public int PageCount { get; set; }

    public int PagesDone { get; set; }

    /// <summary>The response body a synchronous upload would have given (<c>{"data": ...}</c>), as JSON.</summary>
    public string? Result { get; set; }

    /// <summary>The HTTP status the synchronous upload would have answered for a document that cannot be read.</summary>
    public int? ErrorStatus { get; set; }

    public string? ErrorMessage { get; set; }

    /// <summary>Claims so far; a job whose reading keeps killing its node is given up after a few.</summary>
    public int Attempts { get; set; }

    public Guid? LeaseToken { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>When a finished job and its result are deleted.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}

internal sealed class OcrJobConfiguration : IEntityTypeConfiguration<OcrJob>
{
    public void Configure(EntityTypeBuilder<OcrJob> builder)
    {
        builder.Property(j => j.DocumentType).HasMaxLength(20);
        builder.Property(j => j.Format).HasMaxLength(10);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(j => j.ErrorMessage).HasMaxLength(500);
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasIndex(j => j.ExpiresAt);
        builder.HasIndex(j => j.AccountId);
    }
}
