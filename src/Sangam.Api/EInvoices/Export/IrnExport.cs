using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Net.Http.Headers;
using Sangam.Api.EInvoices.Listing;
using Sangam.Api.Http.Downloads;
using Sangam.Api.Http.Errors;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Sangam.Api.EInvoices.Export;

/// <summary>The formats the IRN list downloads in.</summary>
public enum IrnExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// The whole IRN list as a CSV or XLSX download, written row by row as the database returns them, so memory stays
/// flat however many e-invoices the period holds.
/// </summary>
public sealed class IrnExport : IResult, IStatusCodeHttpResult
{
    public const string FormatPattern = "^(csv|xlsx)$";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly IAsyncEnumerable<IrnRow> _rows;
    private readonly IrnExportFormat _format;

    internal IrnExport(IAsyncEnumerable<IrnRow> rows, IrnExportFormat format, string fileName)
    {
        (_rows, _format, FileName) = (rows, format, fileName);
    }

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string FileName { get; }

    /// <summary>Reads the optional <c>format</c> parameter: none for the JSON list, else csv or xlsx (any case).</summary>
    public static bool TryParseFormat(string? text, out IrnExportFormat? format, [NotNullWhen(false)] out ApiError? error)
    {
        (format, error) = (null, null);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "":
                return true;
            case "csv":
                format = IrnExportFormat.Csv;
                return true;
            case "xlsx":
                format = IrnExportFormat.Xlsx;
                return true;
            default:
                error = ApiError.InvalidField("format", FormatPattern, "csv or xlsx, or leave it out for the JSON list");
                return false;
        }
    }

    /// <summary>e.g. <c>irn-purchase-27AAPFU0939F1ZV-20261101-20261130.csv</c>.</summary>
    public static string FileNameOf(string gstin, IrnListQuery query, IrnExportFormat format) => string.Create(CultureInfo.InvariantCulture,
        $"irn-{query.Type.ToString().ToLowerInvariant()}-{gstin}-{query.FirstDay:yyyyMMdd}-{query.LastDay:yyyyMMdd}.{format.ToString().ToLowerInvariant()}");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.StatusCode = StatusCode;
        response.ContentType = _format == IrnExportFormat.Csv ? CsvContentType : XlsxContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName }.ToString();
        if (_format == IrnExportFormat.Csv)
        {
            await WriteCsvAsync(response.Body, cancellationToken);
        }
        else
        {
            await WriteXlsxAsync(response.Body, cancellationToken);
        }
    }

    private async Task WriteCsvAsync(Stream body, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(body, CsvLineWriter.Encoding, bufferSize: 64 * 1024, leaveOpen: true);
        var csv = new CsvLineWriter(text);
        await csv.WriteAsync(IrnExportRow.Headings, cancellationToken);
        await foreach (var row in _rows.WithCancellation(cancellationToken))
        {
            await csv.WriteAsync(IrnExportRow.From(row).AsText(), cancellationToken);
        }

        await text.FlushAsync(cancellationToken);
    }

    // Amounts are numbers and dates are dates, so the sheet sums, sorts and filters without conversion.
    private async Task WriteXlsxAsync(Stream body, CancellationToken cancellationToken)
    {
        var stream = new AsyncFlushingStream(body);
        await using (var sheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await WriteSheetAsync(sheet, cancellationToken);
        }

        await stream.FlushAsync(cancellationToken);
    }

    private async Task WriteSheetAsync(Spreadsheet sheet, CancellationToken cancellationToken)
    {
        await sheet.StartWorksheetAsync("E-invoices", token: cancellationToken);
        var day = sheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
        var money = sheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });
        var bold = sheet.AddStyle(new Style { Font = { Bold = true } });
        await sheet.AddRowAsync([.. IrnExportRow.Headings.Select(heading => new Cell(heading, bold))], cancellationToken);
        await foreach (var row in _rows.WithCancellation(cancellationToken))
        {
            var e = IrnExportRow.From(row);
            Cell[] cells =
            [
                new(e.SupplierGstin), new(e.DocumentType), new(e.DocumentNumber), new(e.DocumentDate.ToDateTime(TimeOnly.MinValue), day),
                new(e.TaxableValue, money), new(e.Igst, money), new(e.Cgst, money), new(e.Sgst, money), new(e.Cess, money), new(e.Total, money),
                new(e.Irn), new(e.AckNumber), new(e.AckDate.ToDateTime(TimeOnly.MinValue), day), new(e.Status),
            ];
            await sheet.AddRowAsync(cells, cancellationToken);
        }

        await sheet.FinishAsync(cancellationToken);
    }
}
