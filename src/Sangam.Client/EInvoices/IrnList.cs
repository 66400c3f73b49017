using System.Text.Json.Serialization;

namespace Sangam.Client.EInvoices;

/// <summary>Whose side of an e-invoice the GSTIN is on.</summary>
public enum IrnType
{
    /// <summary>Received: the GSTIN is the buyer.</summary>
    Purchase,

    /// <summary>Issued: the GSTIN is the seller.</summary>
    Sales,
}

/// <summary>A page of the IRN list.</summary>
/// <param name="Message"><c>Data Found</c> or <c>No Data Found</c>.</param>
/// <param name="Success">True for every page, as the hosted platform sends it.</param>
/// <param name="Count">E-invoices matching the query, on all pages.</param>
/// <param name="TotalPage">Pages; null when nothing matches.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="CurrentCount">Items on this page.</param>
/// <param name="Data">The e-invoices of this page, in acknowledgement order.</param>
public sealed record IrnListPage(string Message, bool Success, long Count, int? TotalPage, int? PageSize, int? Page, int? CurrentCount, IReadOnlyList<IrnListItem> Data);

/// <summary>An e-invoice in the IRN list. Empty values are <c>""</c>, as the API sends them.</summary>
public record IrnListItem
{
    /// <summary>The item's id.</summary>
    [JsonPropertyName("_id")]
    public required string Id { get; init; }

    /// <summary>Document number.</summary>
    [JsonPropertyName("docNum")]
    public required string DocNum { get; init; }

    /// <summary>Document date, <c>dd/MM/yyyy</c>.</summary>
    [JsonPropertyName("docDt")]
    public required string DocDt { get; init; }

    /// <summary>INV, CRN or DBN.</summary>
    [JsonPropertyName("docType")]
    public required string DocType { get; init; }

    /// <summary>B2B, SEZWP, SEZWOP, EXPWP, EXPWOP or DEXP.</summary>
    [JsonPropertyName("supplyType")]
    public required string SupplyType { get; init; }

    /// <summary>Total invoice value.</summary>
    [JsonPropertyName("totInvAmt")]
    public decimal TotInvAmt { get; init; }

    /// <summary>The IRN.</summary>
    [JsonPropertyName("irn")]
    public required string Irn { get; init; }

    /// <summary>ACT, or CNL when cancelled.</summary>
    [JsonPropertyName("irnStatus")]
    public required string IrnStatus { get; init; }

    /// <summary>Acknowledgement number.</summary>
    [JsonPropertyName("ackNo")]
    public required string AckNo { get; init; }

    /// <summary>Acknowledgement time, <c>yyyy-MM-dd HH:mm:ss</c> IST.</summary>
    [JsonPropertyName("ackDt")]
    public required string AckDt { get; init; }

    /// <summary>E-way bill number, or <c>""</c>.</summary>
    [JsonPropertyName("ewbNo")]
    public string EwbNo { get; init; } = "";

    /// <summary>E-way bill time, or <c>""</c>.</summary>
    [JsonPropertyName("ewbDt")]
    public string EwbDt { get; init; } = "";

    /// <summary>Cancellation time when cancelled, or <c>""</c>.</summary>
    [JsonPropertyName("cnldt")]
    public string Cnldt { get; init; } = "";

    /// <summary>The buyer's GSTIN (<c>URP</c> when unregistered).</summary>
    [JsonPropertyName("buyer_gstin")]
    public required string BuyerGstin { get; init; }

    /// <summary>The seller's GSTIN.</summary>
    [JsonPropertyName("supplier_gstin")]
    public required string SupplierGstin { get; init; }

    /// <summary>The full e-invoice as signed by the IRP.</summary>
    [JsonPropertyName("data")]
    [JsonConverter(typeof(NicJsonConverter<EInvoiceDocument>))]
    public EInvoiceDocument? Data { get; init; }

    /// <summary>True when the IRN was cancelled.</summary>
    [JsonIgnore]
    public bool IsCancelled => IrnStatus == "CNL";
}

/// <summary>One e-invoice with its signed documents, e-way bill validity and signature verdicts.</summary>
public sealed record IrnDetail : IrnListItem
{
    /// <summary>The signed invoice (compact JWS) as the IRP issued it.</summary>
    [JsonPropertyName("SignedInvoice")]
    public required string SignedInvoice { get; init; }

    /// <summary>The signed QR code (compact JWS), or <c>""</c>.</summary>
    [JsonPropertyName("SignedQRCode")]
    public string SignedQrCode { get; init; } = "";

    /// <summary>Until when the e-way bill is valid, or <c>""</c>.</summary>
    [JsonPropertyName("EwbValidTill")]
    public string EwbValidTill { get; init; } = "";

    /// <summary>Verdict on the signed invoice, checked by the server when asked.</summary>
    public required SignatureCheck Signature { get; init; }

    /// <summary>Verdict on the signed QR code; null when there is none.</summary>
    public SignatureCheck? QrSignature { get; init; }
}

/// <summary>What verifying a NIC signature found.</summary>
public enum SignatureVerdict
{
    /// <summary>The text is not a compact JWS.</summary>
    NotJws,

    /// <summary>It verifies with a known key.</summary>
    Verified,

    /// <summary>Signed with a key the server does not know (NIC rotates keys); the content is not authenticated.</summary>
    UnknownKey,

    /// <summary>It does not verify: the content may have been altered.</summary>
    BadSignature,
}

/// <summary>A signature verdict.</summary>
/// <param name="Verified">True when the signature verified.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Issuer">The token's <c>iss</c>: <c>NIC</c>, or <c>NIC Sandbox</c>.</param>
/// <param name="Kid">The key id in the token's header.</param>
/// <param name="Key">The name of the key that verified it.</param>
/// <param name="Reason">Why it did not verify.</param>
public sealed record SignatureCheck(bool Verified, SignatureVerdict Verdict, string? Issuer, string? Kid, string? Key, string? Reason);
