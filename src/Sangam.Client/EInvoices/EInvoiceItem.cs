namespace Sangam.Client.EInvoices;

/// <summary>A line item (<c>ItemList[]</c>).</summary>
/// <param name="SlNo">Serial number of the line.</param>
/// <param name="PrdDesc">Product description.</param>
/// <param name="IsServc">Y for a service, N for goods.</param>
/// <param name="HsnCd">HSN (goods) or SAC (services) code.</param>
/// <param name="Barcde">Barcode.</param>
/// <param name="Qty">Quantity.</param>
/// <param name="FreeQty">Free quantity.</param>
/// <param name="Unit">Unit quantity code (UQC), e.g. NOS, KGS, BAG.</param>
/// <param name="UnitPrice">Price per unit.</param>
/// <param name="TotAmt">Gross amount (quantity × unit price).</param>
/// <param name="Discount">Discount.</param>
/// <param name="PreTaxVal">Pre-tax value.</param>
/// <param name="AssAmt">Assessable (taxable) amount.</param>
/// <param name="GstRt">GST rate, percent.</param>
/// <param name="IgstAmt">IGST.</param>
/// <param name="CgstAmt">CGST.</param>
/// <param name="SgstAmt">SGST/UTGST.</param>
/// <param name="CesRt">Cess rate, percent.</param>
/// <param name="CesAmt">Cess.</param>
/// <param name="CesNonAdvlAmt">Non-ad-valorem cess.</param>
/// <param name="StateCesRt">State cess rate, percent.</param>
/// <param name="StateCesAmt">State cess.</param>
/// <param name="StateCesNonAdvlAmt">Non-ad-valorem state cess.</param>
/// <param name="OthChrg">Other charges.</param>
/// <param name="TotItemVal">Total value of the line.</param>
/// <param name="OrdLineRef">Order line reference.</param>
/// <param name="OrgCntry">Country of origin.</param>
/// <param name="PrdSlNo">Product serial number.</param>
/// <param name="BchDtls">Batch details.</param>
/// <param name="AttribDtls">Attributes (name/value pairs).</param>
public sealed record EInvoiceItem(
    string? SlNo, string? PrdDesc, string? IsServc, string? HsnCd, string? Barcde, decimal? Qty, decimal? FreeQty, string? Unit,
    decimal? UnitPrice, decimal? TotAmt, decimal? Discount, decimal? PreTaxVal, decimal? AssAmt, decimal? GstRt, decimal? IgstAmt,
    decimal? CgstAmt, decimal? SgstAmt, decimal? CesRt, decimal? CesAmt, decimal? CesNonAdvlAmt, decimal? StateCesRt,
    decimal? StateCesAmt, decimal? StateCesNonAdvlAmt, decimal? OthChrg, decimal? TotItemVal, string? OrdLineRef, string? OrgCntry,
    string? PrdSlNo, EInvoiceBatch? BchDtls, IReadOnlyList<EInvoiceItemProperty>? AttribDtls);

/// <summary>Batch details of an item (<c>BchDtls</c>).</summary>
/// <param name="Nm">Batch number.</param>
/// <param name="ExpDt">Expiry date, <c>dd/MM/yyyy</c>.</param>
/// <param name="WrDt">Warranty date, <c>dd/MM/yyyy</c>.</param>
public sealed record EInvoiceBatch(string? Nm, string? ExpDt, string? WrDt);

/// <summary>A name/value attribute of an item (<c>AttribDtls[]</c>).</summary>
/// <param name="Nm">Name.</param>
/// <param name="Val">Value.</param>
public sealed record EInvoiceItemProperty(string? Nm, string? Val);
