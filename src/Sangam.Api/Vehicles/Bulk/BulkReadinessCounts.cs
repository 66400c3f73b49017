using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Vehicles.Readiness;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>A job's rows by result.</summary>
/// <param name="Ready">Checked and ready to dispatch.</param>
/// <param name="NotReady">Checked, with at least one blocker.</param>
/// <param name="Unknown">Checked, but some checks could not be made.</param>
/// <param name="Invalid">Not checked: the row's values are malformed.</param>
/// <param name="Pending">Not checked yet.</param>
public sealed record BulkReadinessCounts(int Ready, int NotReady, int Unknown, int Invalid, int Pending)
{
    public static async Task<BulkReadinessCounts> OfAsync(SangamDb db, Guid jobId, CancellationToken cancellationToken)
    {
        var groups = await db.BulkReadinessRows.AsNoTracking()
            .Where(r => r.JobId == jobId)
            .GroupBy(r => new { r.State, r.Verdict })
            .Select(g => new { g.Key.State, g.Key.Verdict, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(BulkRowState state, ReadinessVerdict? verdict = null) =>
            groups.Where(g => g.State == state && (verdict is null || g.Verdict == verdict)).Sum(g => g.Count);
        return new BulkReadinessCounts(
            Count(BulkRowState.Checked, ReadinessVerdict.Ready),
            Count(BulkRowState.Checked, ReadinessVerdict.NotReady),
            Count(BulkRowState.Checked, ReadinessVerdict.Unknown),
            Count(BulkRowState.Invalid),
            Count(BulkRowState.Pending));
    }
}
