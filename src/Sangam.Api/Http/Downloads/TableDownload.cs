using System.Diagnostics.CodeAnalysis;
using Microsoft.Net.Http.Headers;
using Sangam.Api.Http.Errors;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Sangam.Api.Http.Downloads;

/// <summary>The file formats a table downloads in.</summary>
public enum DownloadFormat
{
    Csv,
    Xlsx,
}

public static class DownloadFormats
{
    public const string Pattern = "^(csv|xlsx)$";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Reads a <c>format</c> parameter: csv or xlsx (any case); left out, <paramref name="format"/> is null.</summary>
    public static bool TryParse(string? text, string whenLeftOut, out DownloadFormat? format, [NotNullWhen(false)] out ApiError? error)
    {
        (format, error) = (null, null);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "":
                return true;
            case "csv":
                format = DownloadFormat.Csv;
                return true;
            case "xlsx":
                format = DownloadFormat.Xlsx;
                return true;
            default:
                error = ApiError.InvalidField("format", Pattern, "csv or xlsx, or leave it out " + whenLeftOut);
                return false;
        }
    }

    /// <summary>The file name extension: <c>csv</c> or <c>xlsx</c>.</summary>
    public static string Extension(this DownloadFormat format) => format == DownloadFormat.Csv ? "csv" : "xlsx";
}

/// <summary>The number formats of a worksheet's cells: days, times of day (to the minute) and amounts.</summary>
public sealed record SheetStyles(StyleId Day, StyleId Time, StyleId Money);

/// <summary>
/// Rows as a CSV or XLSX attachment, written one by one as the source yields them, so memory stays flat however many
/// rows there are. CSV is RFC 4180 text in UTF-8; XLSX keeps numbers and dates as such, so a sheet sums and sorts them.
/// </summary>
public abstract class TableDownload<TRow> : IResult, IStatusCodeHttpResult
{
    private readonly IAsyncEnumerable<TRow> _rows;
    private readonly DownloadFormat _format;

    protected TableDownload(IAsyncEnumerable<TRow> rows, DownloadFormat format, string fileName)
    {
        (_rows, _format, FileName) = (rows, format, fileName);
    }

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string FileName { get; }

    /// <summary>Column headings, in the order of each row's values.</summary>
    protected abstract IReadOnlyList<string> Headings { get; }

    protected abstract string SheetName { get; }

    /// <summary>A row's values as CSV text.</summary>
    protected abstract IEnumerable<string> Text(TRow row);

    /// <summary>A row's values as worksheet cells.</summary>
    protected abstract Cell[] Cells(TRow row, SheetStyles styles);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        response.StatusCode = StatusCode;
        response.ContentType = _format == DownloadFormat.Csv ? DownloadFormats.CsvContentType : DownloadFormats.XlsxContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName }.ToString();
        if (_format == DownloadFormat.Csv)
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
        await csv.WriteAsync(Headings, cancellationToken);
        await foreach (var row in _rows.WithCancellation(cancellationToken))
        {
            await csv.WriteAsync(Text(row), cancellationToken);
        }

        await text.FlushAsync(cancellationToken);
    }

    private async Task WriteXlsxAsync(Stream body, CancellationToken cancellationToken)
    {
        var stream = new AsyncFlushingStream(body);
        await using (var sheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await sheet.StartWorksheetAsync(SheetName, token: cancellationToken);
            var styles = new SheetStyles(
                sheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") }),
                sheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy hh:mm") }),
                sheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") }));
            var bold = sheet.AddStyle(new Style { Font = { Bold = true } });
            await sheet.AddRowAsync([.. Headings.Select(heading => new Cell(heading, bold))], cancellationToken);
            await foreach (var row in _rows.WithCancellation(cancellationToken))
            {
                await sheet.AddRowAsync(Cells(row, styles), cancellationToken);
            }

            await sheet.FinishAsync(cancellationToken);
        }

        await stream.FlushAsync(cancellationToken);
    }
}
