using Sangam.India;
using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>Extracts the tax-invoice fields of platform-api.md §5 from each invoice of a document.</summary>
internal static class InvoiceExtractor
{
    public static InvoiceReading Extract(DocumentPages document, IReadOnlyList<QrCodeReading> codes, TimeSpan elapsed) =>
        new(document, elapsed, [.. InvoiceSegmenter.Split(document.Pages, codes).Select(invoice => ExtractOne(invoice, codes))], codes);

    private static ExtractedInvoice ExtractOne(InvoicePages invoice, IReadOnlyList<QrCodeReading> codes)
    {
        var text = new DocumentText(invoice.Pages);
        var firstCopy = new DocumentText(invoice.FirstCopy);
        var fields = new FieldSet();
        var number = InvoiceNumberReader.Read(text);
        InvoiceNumberReader.Set(text, fields, number);
        InvoiceDateReader.Read(text, fields, number);
        HeaderFields.Read(text, fields);
        ReadPlaceOfSupply(text, fields);
        PartyGstins.Read(firstCopy, fields, invoice.DocumentPans);
        PartyReader.Read(text, fields);
        PlaceOfSupplyFromBuyer(fields);
        var creditNote = IsCreditNote(firstCopy);
        IrnReader.Read(text, fields, creditNote);
        var items = LineItemReader.Read(firstCopy);
        InvoiceTotals.Read(firstCopy, fields, items, creditNote);
        var pages = invoice.Pages.Select(page => page.PageNumber).ToList();
        var pageCodes = codes.Where(code => pages.Contains(code.PageNumber)).ToList();
        SignedQrConfirmation.Apply(fields, pageCodes);
        QrTextSpelling.Apply(text, fields, pageCodes);
        SetGstinStatus(fields);
        return new ExtractedInvoice(pages, fields.ToDictionary(), items);
    }

    private static bool IsCreditNote(DocumentText text) =>
        text.Pages[0].Lines.Take(text.Pages[0].Lines.Count / 3 + 1).Any(line => InvoiceLabels.CreditNote.IsMatch(line.Text));

    /// <summary>"24-Gujarat", "Gujarat (24)", "HARYANA [06]" or just "Gujarat": normalised to code-name through the state table.</summary>
    private static void ReadPlaceOfSupply(DocumentText text, FieldSet fields)
    {
        if (text.All(InvoiceLabels.PlaceOfSupply).Select(found => (found, state: PrintedState.OfPlaceOfSupply(found.Text))).FirstOrDefault(candidate => candidate.state is not null) is ({ } printed, { } state))
        {
            fields.Set("place_of_supply", $"{state.GstCode}-{state.Name}", text.AccuracyOf(printed), $"labelled '{printed.Label}'");
        }
    }

    /// <summary>Without a printed place of supply, the buyer's state: where a B2B supply is received.</summary>
    private static void PlaceOfSupplyFromBuyer(FieldSet fields)
    {
        if (fields["place_of_supply"] is null && fields["buyer_gstin"] is { Value: string gstin } buyer && IndianStates.TryGetByCode(gstin.AsSpan(0, 2), out var buyerState))
        {
            fields.Set("place_of_supply", $"{buyerState.GstCode}-{buyerState.Name}", FieldAccuracy.Guessed(buyer.Accuracy), "state of the buyer's GSTIN", FieldSource.Computed);
        }
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
            fields.Set("supplier_gstin_status", valid, supplier.Accuracy, valid ? "check character verifies" : "not a valid GSTIN", FieldSource.Computed);
        }
    }
}
