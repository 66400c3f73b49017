using Sangam.India;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>Extracts the tax-invoice fields of platform-api.md §5 from the pages of one invoice.</summary>
internal static class InvoiceExtractor
{
    public static InvoiceReading Extract(DocumentPages document, IReadOnlyList<QrCodeReading> codes, TimeSpan elapsed)
    {
        var text = new DocumentText(document.Pages);
        var fields = new FieldSet();
        ReadHeader(text, fields);
        PartyReader.Read(text, fields);
        ReadPlaceOfSupply(text, fields);
        var (items, linesAfterTable) = LineItemReader.Read(text);
        InvoiceTotals.Read(text, fields, linesAfterTable, items);
        SignedQrConfirmation.Apply(fields, codes);
        SetGstinStatus(fields);
        return new InvoiceReading(document, elapsed, fields.ToDictionary(), items, codes);
    }

    private static void ReadHeader(DocumentText text, FieldSet fields)
    {
        if (text.First(InvoiceLabels.InvoiceNumber, value => value.Words[0].Text.Any(char.IsAsciiDigit)) is { } number)
        {
            fields.Set("invoice_number", number.Words[0].Text.TrimEnd('.', ',', ';', ':', '_', '|'), text.AccuracyOf(number), $"labelled '{number.Label}'");
        }

        SetDate(text, fields, "invoice_date", text.First(InvoiceLabels.InvoiceDate, value => DateText.TryParseFirst(value.Text, out _)));
        SetDate(text, fields, "invoice_due_date", text.First(InvoiceLabels.DueDate, value => DateText.TryParseFirst(value.Text, out _)));
        if (text.First(InvoiceLabels.PoNumber) is { } po)
        {
            fields.Set("po_number", po.Words[0].Text.TrimEnd('.', ','), text.AccuracyOf(po), $"labelled '{po.Label}'");
        }

        if (text.First(InvoiceLabels.PaymentTerm) is { } term)
        {
            fields.Set("payment_term", term.Text, text.AccuracyOf(term), $"labelled '{term.Label}'");
        }

        var irn = text.All(InvoiceLabels.Irn).Select(value => (value, found: IdentifierSearch.FindIrn(value.Text))).FirstOrDefault(candidate => candidate.found is not null);
        if (irn.found is var (value, changed))
        {
            var accuracy = text.AccuracyOf(irn.value);
            fields.Set("irn", value, changed == 0 ? accuracy : FieldAccuracy.Repaired(accuracy, changed), changed == 0 ? "64 hex digits" : $"repaired {changed} OCR confusion(s)");
        }

        var ewb = text.All(InvoiceLabels.EwayBill).Select(value => (value, digits: IdentifierSearch.FindDigits(value.Text, 12))).FirstOrDefault(candidate => candidate.digits is not null);
        if (ewb.digits is { } ewayBill)
        {
            fields.Set("ewaybill_number", ewayBill, text.AccuracyOf(ewb.value), "12 digits");
        }

        var title = text.AllLines.Select(line => InvoiceLabels.DocumentTitle.Match(line.Text)).FirstOrDefault(match => match.Success);
        if (title is not null)
        {
            var line = text.AllLines.First(candidate => candidate.Text.Contains(title.Value, StringComparison.Ordinal));
            fields.Set("invoice_type", title.Value.ToUpperInvariant(), text.AccuracyOf(text.Pages[0].PageNumber, line.Phrases.Min(phrase => phrase.Confidence)), "document title");
        }

        var explicitCurrency = text.AllLines.Any(line => line.Text.Contains("INR", StringComparison.Ordinal) || line.Text.Contains('₹', StringComparison.Ordinal));
        fields.Set("currency", "INR", explicitCurrency ? 95 : 70, explicitCurrency ? "INR printed" : "Indian tax invoice default");
    }

    private static void SetDate(DocumentText text, FieldSet fields, string key, Layout.LabelledValue? found)
    {
        if (found is not null && DateText.TryParseFirst(found.Text, out var date))
        {
            fields.Set(key, DateText.Canonical(date), text.AccuracyOf(found), $"labelled '{found.Label}'");
        }
    }

    /// <summary>"24-Gujarat", "Gujarat (24)" or just "Gujarat": normalised to code-name through the state table; else the buyer GSTIN's state.</summary>
    private static void ReadPlaceOfSupply(DocumentText text, FieldSet fields)
    {
        if (text.First(InvoiceLabels.PlaceOfSupply) is { } printed && StateOf(printed.Text) is { } state)
        {
            fields.Set("place_of_supply", $"{state.GstCode}-{state.Name}", text.AccuracyOf(printed), $"labelled '{printed.Label}'");
        }
        else if (fields["buyer_gstin"] is { Value: string gstin } buyer && IndianStates.TryGetByCode(gstin.AsSpan(0, 2), out var buyerState))
        {
            fields.Set("place_of_supply", $"{buyerState.GstCode}-{buyerState.Name}", FieldAccuracy.Guessed(buyer.Accuracy), "state of the buyer's GSTIN");
        }
    }

    private static IndianState? StateOf(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit).Take(2)]);
        if (digits.Length == 2 && IndianStates.TryGetByCode(digits.AsSpan(), out var byCode))
        {
            return byCode;
        }

        var name = text.Trim(' ', '-', '(', ')', ':').TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', ' ');
        return IndianStates.TryGetByName(name, out var byName) ? byName : null;
    }

    /// <summary>
    /// No GST portal is consulted here: the status says the GSTIN is well formed and its check
    /// character verifies, which is what the document alone can show.
    /// </summary>
    private static void SetGstinStatus(FieldSet fields)
    {
        if (fields["supplier_gstin"] is { Value: string gstin } supplier)
        {
            var valid = India.Tax.Gstin.TryParse(gstin, out _);
            fields.Set("supplier_gstin_status", valid, supplier.Accuracy, valid ? "check character verifies" : "not a valid GSTIN");
        }
    }
}
