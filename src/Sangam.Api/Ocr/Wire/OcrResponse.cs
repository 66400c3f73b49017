using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Sangam.Api.Ocr.Wire;

/// <summary>The body of <c>POST /api/v2/ocr/upload</c> (and the <c>result</c> of a finished job), platform-api.md §5.</summary>
public sealed record OcrResponse(OcrData Data);

/// <summary>One of <c>invoices</c>, <c>qr_codes</c>, <c>delivery_orders</c>, <c>boe</c> (format boe_v2) or the flat BOE fields (format boe), by document type.</summary>
[Description("Holds `invoices` (document_type invoice), `qr_codes` (qr_code), `delivery_orders` (delivery_order), `boe` (BOE with format=boe_v2) "
    + "or, for BOE with format=boe, the documented flat fields (`boe_num`, `boe_date`, `invoice_num_1`, ...; strings) directly in this object.")]
public sealed record OcrData
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<InvoiceResult>? Invoices { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<QrCodeResult>? QrCodes { get; init; }

    /// <summary>Says what was not found, e.g. that the pages read hold no QR code; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Message { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DeliveryOrderResult>? DeliveryOrders { get; init; }

    /// <summary>The part-wise bill of entry (<c>format=boe_v2</c>).</summary>
    [JsonPropertyName("boe")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BillOfEntryResult? BillOfEntry { get; init; }

    /// <summary>Seconds from upload to extracted fields.</summary>
    public double TimeTaken { get; init; }

    /// <summary>Pages in the document.</summary>
    public int PageCount { get; init; }

    /// <summary>Pages read: at most 5 for a synchronous upload; use the asynchronous service for the rest.</summary>
    public int PagesRead { get; init; }

    /// <summary>The flat bill of entry (<c>format=boe</c>): its documented keys sit directly in <c>data</c>.</summary>
    [JsonExtensionData]
    public Dictionary<string, object>? BoeFields { get; init; }
}

/// <summary>An extracted value, how far to trust it (0-100: low when guessed or when a check failed) and where it comes from.</summary>
/// <param name="Value">A string, a number (amounts), a boolean (statuses) or a list of strings.</param>
/// <param name="Accuracy">0-100.</param>
/// <param name="Source">
/// Where the value comes from (an addition to the contract): <c>printed</c> (read from the page), <c>amount_in_words</c>
/// (the total as printed in words), <c>computed</c> (derived from other fields), <c>signed_qr</c> (an e-invoice QR whose NIC
/// signature verifies), <c>unverified_qr</c> (an e-invoice QR signed by a key not in the key store: it only fills what the
/// page did not give).
/// </param>
/// <param name="Location">Where a printed value is on its page (an addition to the contract); absent for values not printed as such.</param>
public sealed record OcrField(
    object Value,
    double Accuracy,
    string Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OcrLocation? Location = null);

/// <summary>Where a value is printed: its page and the box around it, as fractions of the page's width and height (0-1, origin top left), so it can be drawn over the page at any size.</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Box">Left, top, right, bottom.</param>
public sealed record OcrLocation(int Page, IReadOnlyList<double> Box);

/// <summary>
/// One invoice of the document (a file holding several invoices gives several; copies of one invoice printed as
/// original, duplicate and triplicate give one): header fields by their documented names and the line items.
/// </summary>
public sealed record InvoiceResult(IReadOnlyDictionary<string, OcrField> FieldData, IReadOnlyList<IReadOnlyDictionary<string, OcrField>> TableData);

/// <summary>One QR code: its text, what it is, and for e-invoice codes the NIC signature verdict and the claims.</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Raw">The decoded text.</param>
/// <param name="Kind"><c>einvoice_signed_qr</c>, <c>upi</c> or <c>text</c>.</param>
/// <param name="Signature">The signature check (e-invoice codes).</param>
/// <param name="Claims">The e-invoice claims under NIC's names (<c>SellerGstin</c>, <c>Irn</c>, ...), verified or not.</param>
/// <param name="Upi">The payment request of a UPI code.</param>
public sealed record QrCodeResult(
    int Page,
    string Raw,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QrSignatureResult? Signature,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object?>? Claims,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UpiResult? Upi);

/// <summary>Whether NIC's signature verifies; when not, why (unknown key, bad signature, not a JWS) — never hidden.</summary>
public sealed record QrSignatureResult(bool Verified, string? Issuer, string? Kid, string? Reason);

/// <summary>A UPI payment request (<c>upi://pay?...</c>).</summary>
public sealed record UpiResult(string PayeeAddress, string? PayeeName, decimal? Amount, string Currency, string? Note);

/// <summary>A delivery order: its fields and each container number with its ISO 6346 check-digit verdict.</summary>
public sealed record DeliveryOrderResult(IReadOnlyDictionary<string, OcrField> FieldData, IReadOnlyList<ContainerResult> Containers);

/// <summary>A container number as read; <c>check_digit_valid</c> is false when the ISO 6346 check digit does not match.</summary>
public sealed record ContainerResult(string Number, bool CheckDigitValid, double Accuracy);

/// <summary>A bill of entry part-wise (<c>format=boe_v2</c>, Sangam's design): header, declared invoices, items with their duties.</summary>
/// <param name="Header">Port, BE number/date/type, importer, IEC, GSTIN, shipment and duty totals.</param>
/// <param name="Invoices">One entry per declared invoice (number, date, terms, freight, insurance).</param>
/// <param name="Items">One entry per item (serials, IGST levy, rate and amount, total duty, unit).</param>
public sealed record BillOfEntryResult(
    IReadOnlyDictionary<string, OcrField> Header,
    IReadOnlyList<IReadOnlyDictionary<string, OcrField>> Invoices,
    IReadOnlyList<IReadOnlyDictionary<string, OcrField>> Items);
