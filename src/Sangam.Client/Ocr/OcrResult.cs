using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Client.Ocr;

/// <summary>What was read from a document (the body of <c>POST /api/v2/ocr/upload</c>).</summary>
/// <param name="Data">The reading, by document type.</param>
public sealed record OcrResult(OcrData Data);

/// <summary>One of <see cref="Invoices"/>, <see cref="QrCodes"/>, <see cref="DeliveryOrders"/>, <see cref="Boe"/> or <see cref="BoeFields"/>, by document type.</summary>
public sealed record OcrData
{
    /// <summary>Tax invoices (<c>document_type=invoice</c>): one per distinct invoice of the document, none when it holds no invoice.</summary>
    public IReadOnlyList<InvoiceReading>? Invoices { get; init; }

    /// <summary>QR codes (<c>document_type=qr_code</c>).</summary>
    public IReadOnlyList<QrCodeReading>? QrCodes { get; init; }

    /// <summary>What was not found, e.g. "No QR code found on the 1 page read."; null otherwise.</summary>
    public string? Message { get; init; }

    /// <summary>Delivery orders (<c>document_type=delivery_order</c>).</summary>
    public IReadOnlyList<DeliveryOrderReading>? DeliveryOrders { get; init; }

    /// <summary>A bill of entry part-wise (<c>format=boe_v2</c>).</summary>
    public BillOfEntryParts? Boe { get; init; }

    /// <summary>Seconds the server took.</summary>
    public double TimeTaken { get; init; }

    /// <summary>Pages in the document.</summary>
    public int PageCount { get; init; }

    /// <summary>Pages read (at most 5 synchronously).</summary>
    public int PagesRead { get; init; }

    /// <summary>The flat bill of entry (<c>format=boe</c>): <c>boe_num</c>, <c>invoice_num_1</c>, ... as strings.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? BoeFields { get; init; }
}

/// <summary>An extracted value, how far to trust it, and where it comes from.</summary>
/// <param name="Value">A string, a number (amounts), a boolean (statuses) or an array of strings.</param>
/// <param name="Accuracy">0-100: low when guessed or when a check failed; 99.5 when a verified e-invoice QR confirms it.</param>
/// <param name="Source">
/// Where a Sangam server read the value: <c>printed</c>, <c>amount_in_words</c>, <c>computed</c>, <c>signed_qr</c> or
/// <c>unverified_qr</c> (an e-invoice QR whose signing key is unknown: it only fills what the page did not give). Null from
/// servers that do not say.
/// </param>
/// <param name="Location">Where a printed value is on its page; null for values not printed as such, and from servers that do not say.</param>
public sealed record OcrField(JsonElement Value, double Accuracy, string? Source = null, OcrLocation? Location = null)
{
    /// <summary>The value as text: numbers with two decimals, arrays joined by ", ".</summary>
    [JsonIgnore]
    public string Text => Value.ValueKind switch
    {
        JsonValueKind.String => Value.GetString() ?? string.Empty,
        JsonValueKind.Number => Value.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture),
        JsonValueKind.Array => string.Join(", ", Value.EnumerateArray().Select(item => item.ToString())),
        _ => Value.ToString(),
    };
}

/// <summary>A tax invoice; a document holding several invoices gives one each (copies of one invoice give one).</summary>
/// <param name="FieldData">Header fields by their documented names (<c>invoice_number</c>, <c>supplier_gstin</c>, <c>invoice_amount</c>, ...).</param>
/// <param name="TableData">Line items (<c>item_description</c>, <c>item_hsn</c>, <c>item_quantity</c>, ...).</param>
public sealed record InvoiceReading(IReadOnlyDictionary<string, OcrField> FieldData, IReadOnlyList<IReadOnlyDictionary<string, OcrField>> TableData);

/// <summary>One QR code.</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Raw">The decoded text.</param>
/// <param name="Kind"><c>einvoice_signed_qr</c>, <c>upi</c> or <c>text</c>.</param>
/// <param name="Signature">NIC signature verdict (e-invoice codes).</param>
/// <param name="Claims">E-invoice claims under NIC's names (<c>SellerGstin</c>, <c>Irn</c>, ...).</param>
/// <param name="Upi">The payment request of a UPI code.</param>
public sealed record QrCodeReading(int Page, string Raw, string Kind, QrSignature? Signature, IReadOnlyDictionary<string, JsonElement>? Claims, UpiPayment? Upi);

/// <summary>Whether NIC's signature verifies, and why not when it does not.</summary>
/// <param name="Verified">True when a known NIC key verifies the signature.</param>
/// <param name="Issuer">The <c>iss</c> claim.</param>
/// <param name="Kid">The signing key's id.</param>
/// <param name="Reason">Why it did not verify (unknown key, bad signature, not a JWS).</param>
public sealed record QrSignature(bool Verified, string? Issuer, string? Kid, string? Reason);

/// <summary>A UPI payment request.</summary>
/// <param name="PayeeAddress">The VPA.</param>
/// <param name="PayeeName">The payee name.</param>
/// <param name="Amount">The amount, when given.</param>
/// <param name="Currency">The currency (INR).</param>
/// <param name="Note">The transaction note.</param>
public sealed record UpiPayment(string PayeeAddress, string? PayeeName, decimal? Amount, string Currency, string? Note);

/// <summary>A delivery order.</summary>
/// <param name="FieldData">Fields by name (<c>do_number</c>, <c>bl_number</c>, <c>container_numbers</c>, ...).</param>
/// <param name="Containers">Each container number with its ISO 6346 check-digit verdict.</param>
public sealed record DeliveryOrderReading(IReadOnlyDictionary<string, OcrField> FieldData, IReadOnlyList<ContainerCheck> Containers);

/// <summary>A container number as read.</summary>
/// <param name="Number">The number, e.g. <c>MSKU1234565</c>.</param>
/// <param name="CheckDigitValid">False when the check digit does not match (a misread or a misprint).</param>
/// <param name="Accuracy">0-100.</param>
public sealed record ContainerCheck(string Number, bool CheckDigitValid, double Accuracy);

/// <summary>A bill of entry, part-wise.</summary>
/// <param name="Header">Port, BE number and date, importer, IEC, GSTIN, totals.</param>
/// <param name="Invoices">Declared invoices.</param>
/// <param name="Items">Items with their IGST and total duty.</param>
public sealed record BillOfEntryParts(
    IReadOnlyDictionary<string, OcrField> Header,
    IReadOnlyList<IReadOnlyDictionary<string, OcrField>> Invoices,
    IReadOnlyList<IReadOnlyDictionary<string, OcrField>> Items);

/// <summary>Where a value is printed: its 1-based page and the box around it (left, top, right, bottom) as fractions of the page's width and height, origin top left.</summary>
public sealed record OcrLocation(int Page, IReadOnlyList<double> Box);
