using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Ocr.Documents;

/// <summary>What was read from a document of a given type; the API maps it to the wire JSON of platform-api.md §5.</summary>
/// <param name="Pages">The pages read, with their words, lines and QR codes.</param>
/// <param name="TimeTaken">Wall time from upload bytes to extracted fields (the wire's <c>time_taken</c>).</param>
public abstract record DocumentReading(DocumentPages Pages, TimeSpan TimeTaken);

/// <summary>
/// The tax invoices of a document, one entry per distinct invoice (a file may hold several; copies of one
/// invoice printed as original, duplicate and triplicate are one entry), and the QR codes seen.
/// </summary>
public sealed record InvoiceReading(
    DocumentPages Pages,
    TimeSpan TimeTaken,
    IReadOnlyList<ExtractedInvoice> Invoices,
    IReadOnlyList<QrCodeReading> QrCodes) : DocumentReading(Pages, TimeTaken);

/// <summary>One invoice: header fields by wire name and line items (<c>table_data</c>).</summary>
/// <param name="PageNumbers">The pages it is printed on, copies included.</param>
/// <param name="Fields">Header fields by wire name.</param>
/// <param name="LineItems">Item rows, from its first copy.</param>
public sealed record ExtractedInvoice(
    IReadOnlyList<int> PageNumbers,
    IReadOnlyDictionary<string, ExtractedField> Fields,
    IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> LineItems);

/// <summary>Every QR code of the document, classified and verified.</summary>
public sealed record QrCodesReading(DocumentPages Pages, TimeSpan TimeTaken, IReadOnlyList<QrCodeReading> QrCodes) : DocumentReading(Pages, TimeTaken);

/// <summary>A delivery order's fields by wire name, and each container number with its ISO 6346 check verdict.</summary>
public sealed record DeliveryOrderReading(
    DocumentPages Pages,
    TimeSpan TimeTaken,
    IReadOnlyDictionary<string, ExtractedField> Fields,
    IReadOnlyList<ContainerCheck> Containers) : DocumentReading(Pages, TimeTaken);

/// <summary>A container number as read and whether its check digit verifies.</summary>
/// <param name="Number">The number, e.g. "MSKU1234565".</param>
/// <param name="CheckDigitValid">True when the ISO 6346 check digit matches.</param>
/// <param name="Accuracy">0-100.</param>
public sealed record ContainerCheck(string Number, bool CheckDigitValid, double Accuracy);
