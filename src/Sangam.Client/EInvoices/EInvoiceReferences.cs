namespace Sangam.Client.EInvoices;

/// <summary>Payment details (<c>PayDtls</c>).</summary>
/// <param name="Nm">Payee name.</param>
/// <param name="AccDet">Bank account number.</param>
/// <param name="Mode">Mode of payment.</param>
/// <param name="FinInsBr">Branch or IFSC code.</param>
/// <param name="PayTerm">Payment terms.</param>
/// <param name="PayInstr">Payment instruction.</param>
/// <param name="CrTrn">Credit transfer.</param>
/// <param name="DirDr">Direct debit.</param>
/// <param name="CrDay">Credit days.</param>
/// <param name="PaidAmt">Amount paid.</param>
/// <param name="PaymtDue">Amount due.</param>
public sealed record EInvoicePayment(
    string? Nm, string? AccDet, string? Mode, string? FinInsBr, string? PayTerm, string? PayInstr, string? CrTrn, string? DirDr,
    int? CrDay, decimal? PaidAmt, decimal? PaymtDue);

/// <summary>References (<c>RefDtls</c>).</summary>
/// <param name="InvRm">Remarks.</param>
/// <param name="DocPerdDtls">The period the document covers.</param>
/// <param name="PrecDocDtls">Preceding documents (e.g. the invoice a credit note refers to).</param>
/// <param name="ContrDtls">Contract references.</param>
public sealed record EInvoiceReferences(
    string? InvRm, EInvoicePeriod? DocPerdDtls, IReadOnlyList<EInvoicePrecedingDocument>? PrecDocDtls, IReadOnlyList<EInvoiceContract>? ContrDtls);

/// <summary>A document period (<c>DocPerdDtls</c>).</summary>
/// <param name="InvStDt">Start date, <c>dd/MM/yyyy</c>.</param>
/// <param name="InvEndDt">End date, <c>dd/MM/yyyy</c>.</param>
public sealed record EInvoicePeriod(string? InvStDt, string? InvEndDt);

/// <summary>A preceding document (<c>PrecDocDtls[]</c>).</summary>
/// <param name="InvNo">Its number.</param>
/// <param name="InvDt">Its date, <c>dd/MM/yyyy</c>.</param>
/// <param name="OthRefNo">Other reference.</param>
public sealed record EInvoicePrecedingDocument(string? InvNo, string? InvDt, string? OthRefNo);

/// <summary>Contract references (<c>ContrDtls[]</c>).</summary>
/// <param name="RecAdvRefr">Receipt advice reference.</param>
/// <param name="RecAdvDt">Receipt advice date.</param>
/// <param name="TendRefr">Tender reference.</param>
/// <param name="ContrRefr">Contract reference.</param>
/// <param name="ExtRefr">External reference.</param>
/// <param name="ProjRefr">Project reference.</param>
/// <param name="PORefr">Purchase order reference.</param>
/// <param name="PORefDt">Purchase order date.</param>
public sealed record EInvoiceContract(
    string? RecAdvRefr, string? RecAdvDt, string? TendRefr, string? ContrRefr, string? ExtRefr, string? ProjRefr, string? PORefr, string? PORefDt);

/// <summary>A supporting document (<c>AddlDocDtls[]</c>).</summary>
/// <param name="Url">Where it is.</param>
/// <param name="Docs">The document (text or base64).</param>
/// <param name="Info">Further information.</param>
public sealed record EInvoiceSupportingDocument(string? Url, string? Docs, string? Info);

/// <summary>Export details (<c>ExpDtls</c>).</summary>
/// <param name="ShipBNo">Shipping bill number.</param>
/// <param name="ShipBDt">Shipping bill date.</param>
/// <param name="Port">Port code.</param>
/// <param name="RefClm">Y when a refund is claimed.</param>
/// <param name="ForCur">Foreign currency code.</param>
/// <param name="CntCode">Destination country code.</param>
/// <param name="ExpDuty">Export duty.</param>
public sealed record EInvoiceExport(string? ShipBNo, string? ShipBDt, string? Port, string? RefClm, string? ForCur, string? CntCode, decimal? ExpDuty);

/// <summary>Transport details for the e-way bill (<c>EwbDtls</c>).</summary>
/// <param name="TransId">Transporter's GSTIN or id.</param>
/// <param name="TransName">Transporter's name.</param>
/// <param name="Distance">Distance in km.</param>
/// <param name="TransDocNo">Transport document number.</param>
/// <param name="TransDocDt">Transport document date.</param>
/// <param name="VehNo">Vehicle number.</param>
/// <param name="VehType">R (regular) or O (over-dimensional cargo).</param>
/// <param name="TransMode">1 road, 2 rail, 3 air, 4 ship.</param>
public sealed record EInvoiceTransport(
    string? TransId, string? TransName, int? Distance, string? TransDocNo, string? TransDocDt, string? VehNo, string? VehType, string? TransMode);
