using Sangam.India.EInvoicing;
using Sangam.Ocr.Qr;

namespace Sangam.Ocr.Documents.QrCodes;

/// <summary>Tells e-invoice, UPI and plain codes apart and verifies e-invoice signatures with Sangam.India.</summary>
public static class QrCodeClassifier
{
    public static QrCodeReading Classify(QrCode code, NicKeyStore keys)
    {
        if (UpiPayment.TryParse(code.Text, out var upi))
        {
            return new QrCodeReading(code.PageNumber, code.Text, QrCodeKind.Upi, null, null, upi);
        }

        var verification = NicJws.Verify(code.Text, keys);
        if (verification.Verdict == NicJwsVerdict.NotJws)
        {
            return new QrCodeReading(code.PageNumber, code.Text, QrCodeKind.Text, null, null, null);
        }

        // Claims are parsed even when the key is unknown, so a caller can show them; only verified
        // claims are ever used to fill or correct extracted fields.
        var claims = verification.DataJson is { } data && NicQrClaims.Parse(data).TryGetValue(out var parsed) ? parsed : null;
        var signature = new QrSignature(verification.Verdict, verification.Issuer, verification.Kid, verification.IsVerified ? null : verification.Reason);
        return new QrCodeReading(code.PageNumber, code.Text, QrCodeKind.EInvoiceSignedQr, signature, claims, null);
    }
}
