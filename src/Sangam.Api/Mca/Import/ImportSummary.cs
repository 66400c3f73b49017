namespace Sangam.Api.Mca.Import;

/// <summary>What an import of the master data did. Rows read = inserted + updated + unchanged + rejected.</summary>
/// <param name="Problem">Why the file was refused as a whole (not a master-data file); null when it was read.</param>
/// <param name="RowsRead">Data rows read (the header and blank lines not counted).</param>
/// <param name="Inserted">Companies new to the registry.</param>
/// <param name="Updated">Companies whose master data changed.</param>
/// <param name="Unchanged">Companies already registered exactly so.</param>
/// <param name="Rejected">Rows not imported; see <paramref name="Rejections"/>.</param>
/// <param name="Rejections">Rejected rows by reason, with the first few examples of each.</param>
/// <param name="ElapsedMs">Time taken.</param>
/// <param name="RowsPerSecond">Rows read per second.</param>
public sealed record ImportSummary(
    string? Problem,
    long RowsRead,
    long Inserted,
    long Updated,
    long Unchanged,
    long Rejected,
    IReadOnlyList<RejectionGroup> Rejections,
    long ElapsedMs,
    long RowsPerSecond);

/// <summary>Rows rejected for one reason.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Count">How many rows.</param>
/// <param name="Examples">The first rows rejected so, with their line numbers in the file.</param>
public sealed record RejectionGroup(RejectionReason Reason, long Count, IReadOnlyList<RejectedRow> Examples);

/// <summary>One rejected row.</summary>
/// <param name="Line">Line of the file on which the row starts.</param>
/// <param name="Detail">The offending value.</param>
public sealed record RejectedRow(long Line, string Detail);

/// <summary>Progress of a running import, reported after every batch.</summary>
public sealed record ImportProgress(long RowsRead, long Inserted, long Updated, long Unchanged, long Rejected);
