using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Vehicles.Readiness;
using Sangam.India;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>The answer to an upload.</summary>
/// <param name="JobId">Poll <c>status_url</c> with it.</param>
/// <param name="Status">Always <c>queued</c>.</param>
/// <param name="RowsTotal">Rows read from the file, invalid ones included.</param>
/// <param name="RowsInvalid">Rows that will not be checked; the status lists each with its error.</param>
/// <param name="StatusUrl">Where the job's progress and results are.</param>
public sealed record BulkReadinessAccepted(Guid JobId, BulkReadinessStatus Status, int RowsTotal, int RowsInvalid, string StatusUrl);

/// <summary>Rows with their result (checked, or invalid from the start) of the rows of the file.</summary>
public sealed record BulkReadinessProgress(int RowsDone, int RowsTotal);

/// <summary>One row's result.</summary>
/// <param name="Line">The row's line in the file (the header is line 1).</param>
/// <param name="VehicleNumber">Normalised when the row was valid, else as sent.</param>
/// <param name="DlNumber">The driver's licence as SARATHI writes it, when given.</param>
/// <param name="State"><c>checked</c>, or <c>invalid</c> with <c>error</c>.</param>
/// <param name="Verdict">The readiness verdict of a checked row.</param>
/// <param name="Blockers">What blocks dispatch, as the single check lists it.</param>
/// <param name="Warnings">What needs attention without blocking.</param>
/// <param name="Unverified">Checks that could not be made or that no upstream answers.</param>
/// <param name="Error">Why an invalid row was not checked: the 400 message the single check gives.</param>
/// <param name="CheckedAt">When the row was checked (IST).</param>
public sealed record BulkReadinessRowResult(
    int Line,
    string VehicleNumber,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DlNumber,
    BulkRowState State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReadinessVerdict? Verdict,
    IReadOnlyList<string> Blockers,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Unverified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? CheckedAt)
{
    /// <summary>The finished rows of a job, in file order, read as the database returns them.</summary>
    public static IAsyncEnumerable<BulkReadinessRowResult> Of(SangamDb db, Guid jobId) => db.BulkReadinessRows.AsNoTracking()
        .Where(r => r.JobId == jobId && r.State != BulkRowState.Pending)
        .OrderBy(r => r.Line)
        .AsAsyncEnumerable()
        .Select(From);

    private static BulkReadinessRowResult From(BulkReadinessRow row) => new(
        row.Line, row.VehicleNumber, row.DlNumber, row.State, row.Verdict,
        List(row.Blockers), List(row.Warnings), List(row.Unverified), row.Error, row.CheckedAt?.ToIst());

    private static string[] List(string? json) => json is null ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}

/// <summary>A bulk readiness job as its owner sees it.</summary>
public sealed record BulkReadinessView(
    Guid JobId,
    BulkReadinessStatus Status,
    BulkReadinessProgress Progress,
    BulkReadinessCounts Counts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    string ResultsUrl,
    IReadOnlyList<BulkReadinessRowResult> Rows)
{
    /// <summary>The caller's job, unless it has passed its retention (the clean-up may not have deleted it yet).</summary>
    public static async Task<BulkReadinessJob?> FindJobAsync(SangamDb db, long accountId, Guid jobId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.BulkReadinessJobs.AsNoTracking()
            .Where(j => j.Id == jobId && j.AccountId == accountId && (j.ExpiresAt == null || j.ExpiresAt > now))
            .SingleOrDefaultAsync(cancellationToken);

    public static async Task<BulkReadinessView> OfAsync(SangamDb db, BulkReadinessJob job, CancellationToken cancellationToken)
    {
        var counts = await BulkReadinessCounts.OfAsync(db, job.Id, cancellationToken);
        var rows = await BulkReadinessRowResult.Of(db, job.Id).ToListAsync(cancellationToken);
        return new BulkReadinessView(
            job.Id, job.Status, new BulkReadinessProgress(job.RowsDone, job.RowsTotal), counts,
            job.CreatedAt, job.StartedAt, job.CompletedAt, job.ExpiresAt, job.ErrorMessage,
            BulkReadinessApi.ResultsPath(job.Id), rows);
    }
}
