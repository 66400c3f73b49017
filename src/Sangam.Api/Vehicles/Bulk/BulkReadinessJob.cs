using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.Api.Vehicles.Readiness;

namespace Sangam.Api.Vehicles.Bulk;

public enum BulkReadinessStatus
{
    Queued,
    Running,

    /// <summary>Every row has its result (a row that could not be read has its error).</summary>
    Completed,

    /// <summary>Given up after the job kept failing its node; the rows checked so far keep their results.</summary>
    Failed,
}

public enum BulkRowState
{
    Pending,
    Checked,

    /// <summary>The row's values are malformed; it is reported with its error and never checked.</summary>
    Invalid,
}

/// <summary>
/// A CSV of vehicles (and drivers) to check for dispatch. The database is the source of truth: rows wait here until a
/// node claims the job under a lease (<see cref="LeaseToken"/>, <see cref="LeaseExpiresAt"/>); each row's result is
/// written as it is made, so a node that takes over a job checks only the rows still pending.
/// </summary>
public sealed class BulkReadinessJob
{
    public Guid Id { get; set; }

    public long AccountId { get; set; }

    /// <summary>Who uploaded the file: the rows' checks are metered to this user, or to <see cref="ApiKeyId"/> when a key uploaded it.</summary>
    public long? UserId { get; set; }

    /// <summary>The API key that uploaded the file, if one did.</summary>
    public long? ApiKeyId { get; set; }

    public BulkReadinessStatus Status { get; set; }

    /// <summary>Rows of the file, invalid ones included.</summary>
    public int RowsTotal { get; set; }

    /// <summary>Rows with their result: checked, or invalid from the start.</summary>
    public int RowsDone { get; set; }

    /// <summary>Claims so far; a job that keeps failing its node is given up after a few.</summary>
    public int Attempts { get; set; }

    public Guid? LeaseToken { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>When a finished job and its results are deleted.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public string? ErrorMessage { get; set; }

    public List<BulkReadinessRow> Rows { get; set; } = [];
}

/// <summary>One row of the uploaded file and its result.</summary>
public sealed class BulkReadinessRow
{
    public Guid JobId { get; set; }

    /// <summary>The line of the file the row starts on (1-based, the header counted), as a spreadsheet numbers it.</summary>
    public int Line { get; set; }

    /// <summary>Normalised (<c>MH12NW4402</c>) when valid, else the text as sent.</summary>
    public required string VehicleNumber { get; set; }

    /// <summary>Normalised when valid, else the text as sent.</summary>
    public string? DlNumber { get; set; }

    /// <summary><c>yyyy-MM-dd</c> when valid, else the text as sent.</summary>
    public string? Dob { get; set; }

    public BulkRowState State { get; set; }

    public ReadinessVerdict? Verdict { get; set; }

    /// <summary>The report's blockers, warnings and unverified checks, as JSON arrays of strings.</summary>
    public string? Blockers { get; set; }

    public string? Warnings { get; set; }

    public string? Unverified { get; set; }

    /// <summary>Why an invalid row was not checked.</summary>
    public string? Error { get; set; }

    public DateTimeOffset? CheckedAt { get; set; }
}

internal sealed class BulkReadinessConfiguration : IEntityTypeConfiguration<BulkReadinessJob>, IEntityTypeConfiguration<BulkReadinessRow>
{
    public const int MaxFieldLength = 100;

    public void Configure(EntityTypeBuilder<BulkReadinessJob> builder)
    {
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(j => j.ErrorMessage).HasMaxLength(500);
        builder.HasMany(j => j.Rows).WithOne().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasIndex(j => j.ExpiresAt);
        builder.HasIndex(j => j.AccountId);
    }

    public void Configure(EntityTypeBuilder<BulkReadinessRow> builder)
    {
        builder.HasKey(r => new { r.JobId, r.Line });
        builder.Property(r => r.VehicleNumber).HasMaxLength(MaxFieldLength);
        builder.Property(r => r.DlNumber).HasMaxLength(MaxFieldLength);
        builder.Property(r => r.Dob).HasMaxLength(MaxFieldLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Error).HasMaxLength(500);
        builder.HasIndex(r => new { r.JobId, r.State });
    }
}
