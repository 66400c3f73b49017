using System.Globalization;
using Sangam.India.EInvoicing;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Uses an e-invoice QR to confirm, correct or fill what was read from the page. A code whose NIC signature
/// verifies may change any value: its claims were signed by the IRP, the page's reading was not. A code
/// signed by a key the store does not hold (NIC rotates keys before publishing them) is still the IRP's
/// data, only unproven: it fills what the page did not give, at a lower accuracy and with its source said,
/// and replaces only a GSTIN whose check character failed with one whose check character verifies. It
/// never overrides a reading a verified code or a check character confirmed. A code whose signature is
/// bad is ignored.
/// </summary>
internal static class SignedQrConfirmation
{
    /// <summary>Agreement with an unverified code is worth a little, not a signature's worth.</summary>
    private const double UnverifiedAgreementBonus = 5;

    private const double UnverifiedAgreementCap = 97;

    /// <summary>A value taken from a verified code where the page had none, or read it differently.</summary>
    private const double FromSignedQr = 98;

    /// <summary>A value taken from a code signed by an unknown key where the page had none.</summary>
    private const double FromUnverifiedQr = 80;

    public static void Apply(FieldSet fields, IReadOnlyList<QrCodeReading> codes)
    {
        var code = codes.FirstOrDefault(c => c.Claims is not null && c.Signature?.Verified == true)
            ?? codes.FirstOrDefault(c => c.Claims is not null && c.Signature?.Verdict == NicJwsVerdict.UnknownKey);
        if (code?.Claims is not { } claims)
        {
            fields.Set("supplier_einvoice_status", fields["irn"] is not null, fields["irn"]?.Accuracy ?? 50, fields["irn"] is not null ? "IRN printed; no verified signed QR" : "no IRN or signed QR found", FieldSource.Computed);
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
        foreach (var (key, value) in claimed.Where(claim => claim.Key != "buyer_gstin" || claims.BuyerGstin.Length == India.Tax.Gstin.Length))
        {
            if (verified)
            {
                Verified(fields, key, value);
            }
            else
            {
                Unverified(fields, key, value);
            }
        }

        fields.Set("supplier_einvoice_status", true, verified ? FieldAccuracy.SignedQr : UnverifiedAgreementCap - 20, verified ? "signed QR verified" : "e-invoice QR with an unverified signature", verified ? FieldSource.SignedQr : FieldSource.UnverifiedQr);
    }

    private static void Verified(FieldSet fields, string key, object value)
    {
        var current = fields[key];
        if (current is not null && Same(current, value))
        {
            fields.Set(key, current.Value, Math.Max(current.Accuracy, FieldAccuracy.SignedQr), $"{current.Evidence}; confirmed by signed QR", current.Source);
        }
        else
        {
            fields.Set(key, value, FromSignedQr, current is null ? "from signed QR" : $"from signed QR (the page read '{current.Text}')", FieldSource.SignedQr);
        }
    }

    private static void Unverified(FieldSet fields, string key, object value)
    {
        var current = fields[key];
        if (current is null)
        {
            fields.Set(key, value, FromUnverifiedQr, "from an e-invoice QR signed by a key not in the key store", FieldSource.UnverifiedQr);
        }
        else if (Same(current, value))
        {
            fields.Rescore(key, accuracy => Math.Min(UnverifiedAgreementCap, accuracy + UnverifiedAgreementBonus), "agrees with a QR signed by a key not in the key store");
        }
        else if (value is string gstin && FailsCheck(current) && India.Tax.Gstin.TryParse(gstin, out _))
        {
            fields.Set(key, value, FromUnverifiedQr, $"from an e-invoice QR signed by a key not in the key store (the page read '{current.Text}', whose check character fails)", FieldSource.UnverifiedQr);
        }
        else
        {
            fields.Rescore(key, FieldAccuracy.Contradicted, "an e-invoice QR signed by a key not in the key store says otherwise");
        }
    }

    /// <summary>A GSTIN read from the page whose check character does not verify.</summary>
    private static bool FailsCheck(ExtractedField field) =>
        field.Value is string text && text.Length == India.Tax.Gstin.Length && !India.Tax.Gstin.TryParse(text, out _);

    private static bool Same(ExtractedField current, object value) => string.Equals(current.Text, Text(value), StringComparison.OrdinalIgnoreCase);

    private static string Text(object value) => value switch
    {
        decimal amount => AmountText.Canonical(amount),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
