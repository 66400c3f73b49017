using Sangam.India.EInvoicing;

namespace Sangam.Ocr.Documents.QrCodes;

/// <summary>The outcome of checking a signed QR's JWS signature against NIC's keys.</summary>
/// <param name="Verdict">Verified, unknown key, bad signature, or not a JWS at all.</param>
/// <param name="Issuer">The <c>iss</c> claim ("NIC" or "NIC Sandbox") when readable.</param>
/// <param name="Kid">The key id from the JWS header when readable.</param>
/// <param name="Reason">Why it did not verify; null when verified.</param>
public sealed record QrSignature(NicJwsVerdict Verdict, string? Issuer, string? Kid, string? Reason)
{
    public bool Verified => Verdict == NicJwsVerdict.Verified;
}

/// <summary>One decoded QR code, classified and, for e-invoice codes, verified.</summary>
/// <param name="PageNumber">1-based page the code is on.</param>
/// <param name="Raw">The decoded text.</param>
/// <param name="Kind">What the text holds.</param>
/// <param name="Signature">The NIC signature check (e-invoice codes only).</param>
/// <param name="Claims">The e-invoice claims (<c>SellerGstin</c>, <c>Irn</c>, ...) when the payload is readable, verified or not.</param>
/// <param name="Upi">The parsed payment request for UPI codes.</param>
public sealed record QrCodeReading(
    int PageNumber, string Raw, QrCodeKind Kind, QrSignature? Signature, NicQrClaims? Claims, UpiPayment? Upi);
