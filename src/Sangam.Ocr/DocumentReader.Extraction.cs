using System.Diagnostics;
using Sangam.India.EInvoicing;
using Sangam.Ocr.Documents;
using Sangam.Ocr.Documents.BillsOfEntry;
using Sangam.Ocr.Documents.DeliveryOrders;
using Sangam.Ocr.Documents.Invoices;
using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Ocr;

public sealed partial class DocumentReader
{
    /// <summary>The synchronous API reads at most this many pages; longer documents go to the asynchronous service.</summary>
    public const int SynchronousPageLimit = 5;

    /// <summary>
    /// Reads a document and extracts the fields of <paramref name="type"/>. Expected failures (bad file,
    /// encrypted, too large, ...) come back as a <see cref="ReadError"/>, never as an exception.
    /// </summary>
    /// <param name="document">The uploaded file: PDF, PNG, JPEG, WebP or TIFF.</param>
    /// <param name="type">What the document is.</param>
    /// <param name="keys">NIC public keys for verifying signed e-invoice QR codes.</param>
    /// <param name="maxPages">Pages to read from the start of the document.</param>
    /// <param name="pagesRead">Told the number of pages read so far after each page (for progress displays).</param>
    /// <param name="cancellationToken">Stops between pages.</param>
    public async Task<ReadResult<DocumentReading>> ReadAsync(
        ReadOnlyMemory<byte> document,
        DocumentType type,
        NicKeyStore keys,
        int maxPages = SynchronousPageLimit,
        IProgress<int>? pagesRead = null,
        CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var pages = await ReadPagesAsync(document, maxPages, pagesRead, cancellationToken);
        if (!pages.Succeeded)
        {
            return ReadResult.Failure<DocumentReading>(pages.Error!);
        }

        var read = pages.Value!;
        var codes = read.Pages.SelectMany(page => page.QrCodes).Select(code => QrCodeClassifier.Classify(code, keys)).ToList();
        DocumentReading reading = type switch
        {
            DocumentType.Invoice => InvoiceExtractor.Extract(read, codes, watch.Elapsed),
            DocumentType.QrCode => new QrCodesReading(read, watch.Elapsed, codes),
            DocumentType.DeliveryOrder => DeliveryOrderExtractor.Extract(read, watch.Elapsed),
            DocumentType.BillOfEntry => BillOfEntryExtractor.Extract(read, watch.Elapsed),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
        };
        return ReadResult.Success(Located(reading) with { TimeTaken = watch.Elapsed });
    }

    /// <summary>
    /// Header fields located on their pages. Line items and bill-of-entry rows are not: a thousand-row table would
    /// cost more to locate than to read, and a row's values sit in its own line anyway.
    /// </summary>
    private static DocumentReading Located(DocumentReading reading) => reading switch
    {
        InvoiceReading invoices => invoices with
        {
            Invoices = [.. invoices.Invoices.Select(invoice =>
                invoice with { Fields = FieldLocator.Locate(invoice.Fields, [.. invoices.Pages.Pages.Where(page => invoice.PageNumbers.Contains(page.PageNumber))]) })],
        },
        DeliveryOrderReading order => order with { Fields = FieldLocator.Locate(order.Fields, order.Pages.Pages) },
        BillOfEntryReading boe => boe with { Header = FieldLocator.Locate(boe.Header, boe.Pages.Pages) },
        _ => reading,
    };
}
