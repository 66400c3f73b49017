using System.Globalization;
using Sangam.Ocr.Documents.QrCodes;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Uses an e-invoice QR to confirm, correct or fill what OCR read. Only a code whose NIC signature
/// verifies may change a value: its claims were signed by the IRP, OCR's reading was not. A code from
/// an unknown key can only agree with OCR (a second, independent reading), never overrule it.
/// </summary>
internal static class SignedQrConfirmation
{
    /// <summary>Agreement with an unverified code is worth a little, not a signature's worth.</summary>
    private const double UnverifiedAgreementBonus = 5;

    private const double UnverifiedAgreementCap = 97;

    /// <summary>A value taken from a verified code where OCR had none, or read it differently.</summary>
    private const double FromSignedQr = 98;

    public static void Apply(FieldSet fields, IReadOnlyList<QrCodeReading> codes)
    {
        var code = codes.FirstOrDefault(c => c.Claims is not null && c.Signature?.Verified == true)
            ?? codes.FirstOrDefault(c => c.Claims is not null && c.Signature?.Verdict == India.EInvoicing.NicJwsVerdict.UnknownKey);
        if (code?.Claims is not { } claims)
        {
            fields.Set("supplier_einvoice_status", fields["irn"] is not null, fields["irn"]?.Accuracy ?? 50, fields["irn"] is not null ? "IRN printed; no verified signed QR" : "no IRN or signed QR found");
            return;
        }

        var verified = code.Signature!.Verified;
        (string Key, object Value)[] claimed =
        [
            ("supplier_gstin", claims.SellerGstin),
            ("buyer_gstin", claims.BuyerGstin),
            ("invoice_number", claims.DocNo),
            ("invoice_date", DateText.Canonical(claims.DocDt)),
            ("invoice_amount", claims.TotInvVal),
            ("irn", claims.Irn),
        ];
        foreach (var (key, value) in claimed)
        {
            var current = fields[key];
            var same = current is not null && string.Equals(current.Text, Text(value), StringComparison.OrdinalIgnoreCase);
            if (verified && same)
            {
                fields.Set(key, current!.Value, Math.Max(current.Accuracy, FieldAccuracy.SignedQr), $"{current.Evidence}; confirmed by signed QR");
            }
            else if (verified && (key != "buyer_gstin" || claims.BuyerGstin.Length == 15))
            {
                fields.Set(key, value, FromSignedQr, current is null ? "from signed QR" : $"from signed QR (OCR read '{current.Text}')");
            }
            else if (same)
            {
                fields.Rescore(key, accuracy => Math.Min(UnverifiedAgreementCap, accuracy + UnverifiedAgreementBonus), "agrees with a QR signed by an unknown key");
            }
        }

        var status = verified ? FieldAccuracy.SignedQr : UnverifiedAgreementCap - 20;
        fields.Set("supplier_einvoice_status", true, status, verified ? "signed QR verified" : "e-invoice QR with an unverified signature");
    }

    private static string Text(object value) => value switch
    {
        decimal amount => AmountText.Canonical(amount),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
