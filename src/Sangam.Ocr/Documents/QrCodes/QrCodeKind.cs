namespace Sangam.Ocr.Documents.QrCodes;

/// <summary>What a decoded QR code holds.</summary>
public enum QrCodeKind
{
    /// <summary>Plain or unrecognised text (wire value <c>text</c>).</summary>
    Text,

    /// <summary>An IRP signed e-invoice QR: a compact JWS (wire value <c>einvoice_signed_qr</c>).</summary>
    EInvoiceSignedQr,

    /// <summary>A UPI payment link <c>upi://pay?...</c> (wire value <c>upi</c>).</summary>
    Upi,
}
