using System.ComponentModel;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>
/// The body of the <c>readiness.bulk.completed</c> webhook: a bulk readiness job checked all its rows. The bulk job's
/// store queues it in the transaction that marks the job done.
/// </summary>
public sealed record ReadinessBulkCompletedEvent(
    [property: Description("The bulk job; its per-row results are read from the bulk readiness API.")] string JobId,
    [property: Description("Rows of the uploaded file.")] int Rows,
    [property: Description("Rows whose verdict is ready.")] int Ready,
    [property: Description("Rows whose verdict is not_ready.")] int NotReady,
    [property: Description("Rows whose verdict is unknown (an upstream could not answer).")] int Unknown,
    [property: Description("Rows that were not checked because their input is invalid.")] int Invalid,
    DateTimeOffset CompletedAt);
