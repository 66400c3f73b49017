using System.Globalization;
using Sangam.Api.Http.Downloads;
using Sangam.Api.Vehicles.Readiness;
using SpreadCheetah;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>A job's results as a CSV or XLSX file: one row per row of the upload, in its order, with its verdict, blockers and warnings.</summary>
public sealed class BulkReadinessDownload(IAsyncEnumerable<BulkReadinessRowResult> rows, DownloadFormat format, Guid jobId)
    : TableDownload<BulkReadinessRowResult>(rows, format, $"readiness-{jobId}.{format.Extension()}")
{
    /// <summary>Several blockers or warnings in one cell.</summary>
    public const string Separator = "; ";

    public static readonly string[] Columns =
        ["Line", "Vehicle number", "DL number", "Result", "Blockers", "Warnings", "Not verified", "Error", "Checked at (IST)"];

    protected override IReadOnlyList<string> Headings => Columns;

    protected override string SheetName => "Readiness";

    /// <summary>ready, not ready, unknown, or invalid for a row that was not checked.</summary>
    public static string Result(BulkReadinessRowResult row) => row.Verdict switch
    {
        ReadinessVerdict.Ready => "ready",
        ReadinessVerdict.NotReady => "not ready",
        ReadinessVerdict.Unknown => "unknown",
        _ => "invalid",
    };

    protected override IEnumerable<string> Text(BulkReadinessRowResult row) =>
    [
        row.Line.ToString(CultureInfo.InvariantCulture), row.VehicleNumber, row.DlNumber ?? "", Result(row),
        string.Join(Separator, row.Blockers), string.Join(Separator, row.Warnings), string.Join(Separator, row.Unverified), row.Error ?? "",
        row.CheckedAt?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? "",
    ];

    protected override Cell[] Cells(BulkReadinessRowResult row, SheetStyles styles) =>
    [
        new(row.Line), new(row.VehicleNumber), new(row.DlNumber), new(Result(row)),
        new(string.Join(Separator, row.Blockers)), new(string.Join(Separator, row.Warnings)), new(string.Join(Separator, row.Unverified)), new(row.Error),
        row.CheckedAt is { } at ? new(at.DateTime, styles.Time) : new(string.Empty),
    ];
}
