using System.Text.Json;
using Sangam.India.EInvoicing;

namespace Sangam.Api.EInvoices.Import;

/// <summary>
/// The signed QR code must verify like the invoice and say what the invoice says: seller, buyer, document, value,
/// item count, main HSN code, IRN and (on newer codes) the IRN's time.
/// </summary>
internal static class QrCodeCheck
{
    public static void Run(string? signedQrCode, SignedInvoiceFacts invoice, DateTime? ackDt, NicKeyStore keys, ItemVerdict verdict)
    {
        if (string.IsNullOrWhiteSpace(signedQrCode))
        {
            verdict.Warnings.Add("no SignedQRCode: the QR code was not checked");
            return;
        }

        var qr = NicJws.Verify(signedQrCode, keys);
        verdict.QrSignature = SignatureCheck.From(qr);
        EInvoiceVerifier.CheckSignature("SignedQRCode", qr, verdict);
        if (qr.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            if (qr.Verdict != NicJwsVerdict.NotJws)
            {
                verdict.Problems.Add("SignedQRCode carries no claims in its data claim");
            }

            return;
        }

        var parsed = NicQrClaims.Parse(data);
        if (!parsed.TryGetValue(out var claims))
        {
            verdict.Problems.Add($"SignedQRCode: {parsed.Problem}");
            return;
        }

        Same(verdict, "SellerGstin", claims.SellerGstin.ToUpperInvariant(), invoice.SellerGstin);
        Same(verdict, "BuyerGstin", claims.BuyerGstin.ToUpperInvariant(), invoice.BuyerGstin);
        Same(verdict, "DocNo", claims.DocNo, invoice.DocumentNumber);
        Same(verdict, "DocTyp", claims.DocTyp, invoice.DocumentType);
        Same(verdict, "DocDt", claims.DocDt, invoice.DocumentDate);
        Same(verdict, "TotInvVal", claims.TotInvVal, invoice.TotalInvoiceValue);
        Same(verdict, "ItemCnt", claims.ItemCnt, invoice.ItemCount);
        Same(verdict, "Irn", claims.Irn.ToLowerInvariant(), invoice.Irn?.ToLowerInvariant());
        if (claims.IrnDt is { } irnDt)
        {
            Same(verdict, "IrnDt", irnDt, ackDt);
        }

        if (!invoice.HsnCodes.Contains(claims.MainHsnCode))
        {
            verdict.Problems.Add($"the QR code's MainHsnCode {claims.MainHsnCode} is not the HSN code of any item of the invoice");
        }
    }

    // Boxed comparison: a value and the same value in a Nullable are equal, and 16650 equals 16650.00.
    private static void Same(ItemVerdict verdict, string claim, object qrValue, object? invoiceValue)
    {
        if (!Equals(qrValue, invoiceValue))
        {
            verdict.Problems.Add($"the QR code's {claim} ({qrValue}) differs from the invoice's ({invoiceValue})");
        }
    }
}
