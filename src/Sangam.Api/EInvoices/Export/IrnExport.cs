using System.Globalization;
using Sangam.Api.EInvoices.Listing;
using Sangam.Api.Http.Downloads;
using SpreadCheetah;

namespace Sangam.Api.EInvoices.Export;

/// <summary>
/// The whole IRN list as a CSV or XLSX download, written row by row as the database returns them, so memory stays
/// flat however many e-invoices the period holds.
/// </summary>
public sealed class IrnExport : TableDownload<IrnExportRow>
{
    internal IrnExport(IAsyncEnumerable<IrnRow> rows, DownloadFormat format, string fileName)
        : base(rows.Select(IrnExportRow.From), format, fileName)
    {
    }

    protected override IReadOnlyList<string> Headings => IrnExportRow.Headings;

    protected override string SheetName => "E-invoices";

    /// <summary>e.g. <c>irn-purchase-27AAPFU0939F1ZV-20261101-20261130.csv</c>.</summary>
    public static string FileNameOf(string gstin, IrnListQuery query, DownloadFormat format) => string.Create(CultureInfo.InvariantCulture,
        $"irn-{query.Type.ToString().ToLowerInvariant()}-{gstin}-{query.FirstDay:yyyyMMdd}-{query.LastDay:yyyyMMdd}.{format.Extension()}");

    protected override IEnumerable<string> Text(IrnExportRow row) => row.AsText();

    // Amounts are numbers and dates are dates, so the sheet sums, sorts and filters without conversion.
    protected override Cell[] Cells(IrnExportRow e, SheetStyles styles) =>
        [
            new(e.SupplierGstin), new(e.DocumentType), new(e.DocumentNumber), new(e.DocumentDate.ToDateTime(TimeOnly.MinValue), styles.Day),
            new(e.TaxableValue, styles.Money), new(e.Igst, styles.Money), new(e.Cgst, styles.Money), new(e.Sgst, styles.Money),
            new(e.Cess, styles.Money), new(e.Total, styles.Money),
            new(e.Irn), new(e.AckNumber), new(e.AckDate.ToDateTime(TimeOnly.MinValue), styles.Day), new(e.Status),
        ];
}
