using Sangam.Api.Connectors.Irp;
using Sangam.India;
using Sangam.India.EInvoicing;
using Sangam.India.Tax;

namespace Sangam.Api.EInvoices.Import;

/// <summary>
/// Checks an IRP response before it is stored: the signed invoice's signature against the key store (by kid), the
/// IRN recomputed from the signed content, the acknowledgement, and the signed QR code's signature and claims
/// against the invoice. Verified and unknown-key signatures are accepted (NIC rotates keys before their kids are
/// published; the verdict is kept); a bad signature, a wrong IRN or a QR code that contradicts the invoice is not.
/// </summary>
public sealed class EInvoiceVerifier(NicKeyStore keys)
{
    public const string UnregisteredBuyer = "URP";

    internal ItemVerdict Verify(IrpInvoiceResponse response)
    {
        var verdict = new ItemVerdict();
        if (!string.IsNullOrWhiteSpace(response.Irn))
        {
            var irn = Irn.Parse(response.Irn);
            if (irn.IsValid)
            {
                verdict.Irn = irn.Value.Value;
            }
            else
            {
                verdict.Problems.Add($"Irn: {irn.Problem}");
            }
        }

        var status = ResponseFields.ReadStatus(response.Status, verdict);
        verdict.CancelledAt = ResponseFields.ReadTimestamp(response.CancelDate, "CancelDate", verdict.Problems) is { } cancelled ? EInvoiceTime.ToStored(cancelled) : null;
        if (string.IsNullOrWhiteSpace(response.SignedInvoice))
        {
            verdict.IsCancellationOnly = status == EInvoiceStatus.Cancelled || verdict.CancelledAt is not null;
            if (!verdict.IsCancellationOnly)
            {
                verdict.Problems.Add("SignedInvoice is missing");
            }
            else if (verdict.Irn is null)
            {
                verdict.Problems.Add("a cancellation needs the Irn");
            }

            return verdict;
        }

        var invoice = NicJws.Verify(response.SignedInvoice, keys);
        verdict.Signature = SignatureCheck.From(invoice);
        CheckSignature("SignedInvoice", invoice, verdict);
        if (invoice.Data is not { ValueKind: System.Text.Json.JsonValueKind.Object } data)
        {
            verdict.Problems.Add("SignedInvoice carries no invoice JSON in its data claim");
            return verdict;
        }

        var facts = SignedInvoiceFacts.Read(data);
        verdict.Problems.AddRange(facts.Problems);
        if (facts.Problems.Count > 0)
        {
            return verdict;
        }

        CheckParties(facts, verdict);
        CheckIrn(facts, verdict);
        var (ackNo, ackDt) = ResponseFields.ReadAcknowledgement(facts, response, verdict);
        QrCodeCheck.Run(response.SignedQrCode, facts, ackDt, keys, verdict);
        var ewayBill = ResponseFields.ReadEwayBill(response, verdict);
        verdict.CheckStoredText(facts.DocumentNumber, "DocDtls.No", EInvoice.DocumentNumberLength);
        verdict.CheckStoredText(facts.SupplyType, "TranDtls.SupTyp", EInvoice.SupplyTypeLength);
        verdict.CheckStoredText(invoice.Kid, "the kid of SignedInvoice", EInvoice.SignatureKidLength);
        if (!verdict.IsAccepted)
        {
            return verdict;
        }

        verdict.Candidate = new EInvoice
        {
            Irn = verdict.Irn!,
            SellerGstin = facts.SellerGstin!,
            BuyerGstin = facts.BuyerGstin!,
            DocumentType = facts.DocumentType!,
            DocumentNumber = facts.DocumentNumber!,
            DocumentDate = facts.DocumentDate!.Value,
            SupplyType = facts.SupplyType,
            TotalInvoiceValue = facts.TotalInvoiceValue!.Value,
            AckNumber = ackNo!,
            AcknowledgedAt = EInvoiceTime.ToStored(ackDt!.Value),
            Status = status,
            CancelledAt = status == EInvoiceStatus.Cancelled ? verdict.CancelledAt : null,
            EwbNumber = ewayBill.Number,
            EwbDate = ewayBill.Date,
            EwbValidTill = ewayBill.ValidTill,
            SignedInvoice = response.SignedInvoice.Trim(),
            SignedQrCode = response.SignedQrCode?.Trim(),
            InvoiceJson = invoice.DataJson!,
            SignatureVerdict = invoice.Verdict,
            SignatureKid = invoice.Kid,
        };
        return verdict;
    }

    internal static void CheckSignature(string field, NicJwsVerification verification, ItemVerdict verdict)
    {
        switch (verification.Verdict)
        {
            case NicJwsVerdict.NotJws:
                verdict.Problems.Add($"{field} is not a compact JWS: {verification.Reason}");
                break;
            case NicJwsVerdict.BadSignature:
                verdict.Problems.Add($"{field}'s signature does not verify ({verification.Reason}): its content may have been altered");
                break;
            case NicJwsVerdict.UnknownKey:
                verdict.Warnings.Add($"{field} is signed with a key this server does not know ({verification.Reason}); its content is not authenticated");
                break;
        }
    }

    private static void CheckParties(SignedInvoiceFacts facts, ItemVerdict verdict)
    {
        // NIC sandbox GSTINs often fail the check character: reported, not refused.
        var seller = Gstin.Parse(facts.SellerGstin, ValidationMode.Lenient);
        if (!seller.IsValid)
        {
            verdict.Problems.Add($"SellerDtls.Gstin '{facts.SellerGstin}': {seller.Problem}");
        }

        verdict.Warnings.AddRange(seller.Warnings.Select(w => $"seller GSTIN {facts.SellerGstin}: {w}"));
        if (facts.BuyerGstin == UnregisteredBuyer)
        {
            return;
        }

        var buyer = Gstin.Parse(facts.BuyerGstin, ValidationMode.Lenient);
        if (buyer.IsValid)
        {
            verdict.Warnings.AddRange(buyer.Warnings.Select(w => $"buyer GSTIN {facts.BuyerGstin}: {w}"));
        }
        else
        {
            verdict.Problems.Add($"BuyerDtls.Gstin '{facts.BuyerGstin}': {buyer.Problem}");
        }
    }

    private static void CheckIrn(SignedInvoiceFacts facts, ItemVerdict verdict)
    {
        if (!EInvoiceDocumentTypeCode.TryParse(facts.DocumentType, out var type))
        {
            verdict.Problems.Add($"DocDtls.Typ '{facts.DocumentType}' is not INV, CRN or DBN");
            return;
        }

        if (facts.DocumentNumber!.Length > EInvoice.DocumentNumberLength)
        {
            verdict.Problems.Add("DocDtls.No is longer than NIC allows");
            return;
        }

        var computed = Irn.Compute(facts.SellerGstin!, facts.DocumentDate!.Value, type, facts.DocumentNumber).Value;
        var signed = facts.Irn?.ToLowerInvariant();
        if (signed is null)
        {
            verdict.Problems.Add("the signed invoice carries no Irn");
            return;
        }

        verdict.IrnCheck = new IrnCheck(computed, computed == signed);
        if (computed != signed)
        {
            verdict.Problems.Add($"the signed invoice's Irn is not the IRN of its supplier GSTIN, financial year, type and number (expected {computed})");
        }

        if (verdict.Irn is not null && verdict.Irn != signed)
        {
            verdict.Problems.Add("Irn differs from the Irn inside SignedInvoice");
        }

        verdict.Irn ??= signed;
    }
}
