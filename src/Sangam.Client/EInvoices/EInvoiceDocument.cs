using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Client.EInvoices;

/// <summary>
/// An e-invoice as the IRP signed it: NIC's INV-01 schema (names as NIC writes them) plus the IRP's
/// <c>AckNo</c>, <c>AckDt</c> and <c>Irn</c>. Fields this SDK does not know are kept in <see cref="Extra"/>.
/// </summary>
/// <param name="AckNo">Acknowledgement number (15 digits).</param>
/// <param name="AckDt">Acknowledgement time, <c>yyyy-MM-dd HH:mm:ss</c> IST.</param>
/// <param name="Irn">Invoice reference number.</param>
/// <param name="Version">Schema version, e.g. <c>1.1</c>.</param>
/// <param name="TranDtls">Transaction details.</param>
/// <param name="DocDtls">Document type, number and date.</param>
/// <param name="SellerDtls">The supplier.</param>
/// <param name="BuyerDtls">The recipient.</param>
/// <param name="DispDtls">Where the goods are dispatched from, when not the seller's address.</param>
/// <param name="ShipDtls">Where the goods are shipped to, when not the buyer's address.</param>
/// <param name="ItemList">The line items.</param>
/// <param name="ValDtls">Totals.</param>
/// <param name="PayDtls">Payment details.</param>
/// <param name="RefDtls">References to periods, earlier documents and contracts.</param>
/// <param name="AddlDocDtls">Supporting documents.</param>
/// <param name="ExpDtls">Export details.</param>
/// <param name="EwbDtls">Transport details for an e-way bill.</param>
public sealed record EInvoiceDocument(
    long? AckNo,
    string? AckDt,
    string? Irn,
    string? Version,
    EInvoiceTransaction? TranDtls,
    EInvoiceDocumentDetails? DocDtls,
    EInvoiceParty? SellerDtls,
    EInvoiceParty? BuyerDtls,
    EInvoiceDispatch? DispDtls,
    EInvoiceParty? ShipDtls,
    IReadOnlyList<EInvoiceItem>? ItemList,
    EInvoiceValues? ValDtls,
    EInvoicePayment? PayDtls,
    EInvoiceReferences? RefDtls,
    IReadOnlyList<EInvoiceSupportingDocument>? AddlDocDtls,
    EInvoiceExport? ExpDtls,
    EInvoiceTransport? EwbDtls)
{
    /// <summary>Fields of newer schema versions or of the IRP that have no property here.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>Reads an e-invoice JSON, e.g. the <c>data</c> of a signed invoice.</summary>
    public static EInvoiceDocument? Parse(string json) => JsonSerializer.Deserialize<EInvoiceDocument>(json, NicJson.Options);
}

/// <summary>Transaction details (<c>TranDtls</c>).</summary>
/// <param name="TaxSch">Tax scheme, <c>GST</c>.</param>
/// <param name="SupTyp">Supply type: B2B, SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP.</param>
/// <param name="RegRev">Y when tax is paid under reverse charge.</param>
/// <param name="EcmGstin">GSTIN of the e-commerce operator, if any.</param>
/// <param name="IgstOnIntra">Y when IGST applies to an intra-state supply.</param>
public sealed record EInvoiceTransaction(string? TaxSch, string? SupTyp, string? RegRev, string? EcmGstin, string? IgstOnIntra);

/// <summary>Document details (<c>DocDtls</c>).</summary>
/// <param name="Typ">INV, CRN or DBN.</param>
/// <param name="No">Document number.</param>
/// <param name="Dt">Document date, <c>dd/MM/yyyy</c>.</param>
public sealed record EInvoiceDocumentDetails(string? Typ, string? No, string? Dt);

/// <summary>Totals (<c>ValDtls</c>).</summary>
/// <param name="AssVal">Total assessable value.</param>
/// <param name="CgstVal">Total CGST.</param>
/// <param name="SgstVal">Total SGST/UTGST.</param>
/// <param name="IgstVal">Total IGST.</param>
/// <param name="CesVal">Total cess.</param>
/// <param name="StCesVal">Total state cess.</param>
/// <param name="Discount">Invoice-level discount.</param>
/// <param name="OthChrg">Other charges.</param>
/// <param name="RndOffAmt">Rounding.</param>
/// <param name="TotInvVal">Total invoice value.</param>
/// <param name="TotInvValFc">Total invoice value in foreign currency (exports).</param>
public sealed record EInvoiceValues(
    decimal? AssVal, decimal? CgstVal, decimal? SgstVal, decimal? IgstVal, decimal? CesVal, decimal? StCesVal,
    decimal? Discount, decimal? OthChrg, decimal? RndOffAmt, decimal? TotInvVal, decimal? TotInvValFc);
