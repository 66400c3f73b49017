namespace Sangam.Api.Vehicles.Bulk;

/// <summary>A finished job as the completion hook sees it.</summary>
public sealed record BulkReadinessCompletion(Guid JobId, long AccountId, DateTimeOffset CompletedAt, BulkReadinessCounts Counts);

/// <summary>
/// What happens when a job has checked its last row: the worker calls <see cref="CompletedAsync"/> once, after the
/// completion is committed, on the node that finished the job. The registered implementation does nothing: the
/// <c>readiness.bulk.completed</c> webhook is queued with the completion itself, so a crash cannot lose it; this hook
/// is for in-process observers. A failure of the hook is logged and does not undo the completion, and a node that dies
/// between the two does not call it.
/// </summary>
public interface IBulkReadinessEvents
{
    Task CompletedAsync(BulkReadinessCompletion job, CancellationToken cancellationToken);
}

internal sealed class NoBulkReadinessEvents : IBulkReadinessEvents
{
    public Task CompletedAsync(BulkReadinessCompletion job, CancellationToken cancellationToken) => Task.CompletedTask;
}
