using Sangam.India.EInvoicing;
using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;
using Sangam.Ocr.Documents;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class InvoiceExtractionTests(ReaderFixture fixture)
{
    private static readonly string[] KeyFields = ["supplier_gstin", "buyer_gstin", "invoice_number", "invoice_date", "invoice_amount"];

    [Fact]
    public async Task An_einvoice_scan_yields_its_fields_confirmed_by_the_verified_signed_qr()
    {
        var invoice = Samples.Invoice(seed: 31, fixture.Signer);

        var (reading, document) = await ReadInvoice(Samples.Render(invoice, RenderSpec.CleanPng()));

        AssertFields(invoice, reading, [.. KeyFields, "irn", "ewaybill_number", "place_of_supply", "total_taxable", "total_cgst_amount", "total_sgst_amount"]);
        Assert.True(Assert.Single(document.QrCodes).Signature!.Verified);
        Assert.All(KeyFields, key => Assert.Equal(FieldAccuracy.SignedQr, reading.Fields[key].Accuracy));
        Assert.Equal(true, reading.Fields["supplier_einvoice_status"].Value);
    }

    [Fact]
    public async Task Every_field_of_an_inter_state_text_pdf_invoice_is_read_exactly()
    {
        var invoice = Samples.Invoice(seed: 32, fixture.Signer, interState: true, lines: 6);

        var (reading, _) = await ReadInvoice(Samples.Render(invoice, Samples.TextPdf, InvoiceLayout.Modern, seed: 2));

        AssertFields(invoice, reading, [.. invoice.ExpectedFields.Keys.Where(key => !key.EndsWith("name", StringComparison.Ordinal))]);
        Assert.Equal(invoice.Supplier.Name, reading.Fields["supplier_name"].Text, ignoreCase: true);
        Assert.Equal(invoice.Buyer.Name, reading.Fields["buyer_name"].Text);
        Assert.Equal(invoice.Lines.Count, reading.LineItems.Count);
        for (var i = 0; i < invoice.Lines.Count; i++)
        {
            var (expected, actual) = (invoice.Lines[i], reading.LineItems[i]);
            Assert.Equal(expected.Description, actual["item_description"].Text);
            Assert.Equal(expected.Hsn, actual["item_hsn"].Text);
            Assert.Equal(expected.Quantity, actual["item_quantity"].Value);
            Assert.Equal(expected.UnitPrice, actual["item_unit_price"].Value);
            Assert.Equal(expected.TaxableValue, actual["item_taxable_value"].Value);
            Assert.Equal(expected.GstRate, actual["item_gst_rate"].Value);
            Assert.Equal(expected.Amount, actual["item_amount"].Value);
        }
    }

    [Theory]
    [InlineData(33, InvoiceLayout.Classic)]
    [InlineData(34, InvoiceLayout.Modern)]
    public async Task Key_fields_survive_a_skewed_blurred_low_resolution_photo(int seed, InvoiceLayout layout)
    {
        var invoice = Samples.Invoice(seed, interState: seed % 2 == 0);
        var photo = new RenderSpec(OutputFormat.Jpeg, 200, Degradation.Typical(new Random(seed)));

        var (reading, _) = await ReadInvoice(Samples.Render(invoice, photo, layout, seed));

        AssertFields(invoice, reading, KeyFields);
    }

    [Fact]
    public async Task A_multi_page_invoice_gives_every_line_item_and_the_totals_of_its_last_page()
    {
        var invoice = Samples.Invoice(seed: 35, lines: 36);

        var (reading, document) = await ReadInvoice(Samples.Render(invoice, new RenderSpec(OutputFormat.ScannedPdf, 200, Degradation.None)));

        Assert.Equal(2, document.Pages.PageCount);
        Assert.Equal(invoice.Lines.Count, reading.LineItems.Count);
        Assert.Equal(invoice.Lines.Select(line => line.Hsn), reading.LineItems.Select(item => item["item_hsn"].Text));
        AssertFields(invoice, reading, [.. KeyFields, "total_taxable"]);
        Assert.Contains("line items add up", reading.Fields["total_taxable"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_qr_signed_by_an_unknown_key_is_reported_and_never_overrules_ocr()
    {
        using var stranger = new EInvoiceSigner();
        var invoice = Samples.Invoice(seed: 36, stranger);

        var (reading, document) = await ReadInvoice(Samples.Render(invoice, Samples.TextPdf));

        var signature = Assert.Single(document.QrCodes).Signature!;
        Assert.Equal(NicJwsVerdict.UnknownKey, signature.Verdict);
        Assert.Equal(stranger.KeyId, signature.Kid);
        AssertFields(invoice, reading, KeyFields);
        Assert.All(KeyFields, key => Assert.True(reading.Fields[key].Accuracy < FieldAccuracy.SignedQr));
    }

    [Fact]
    public async Task Two_invoices_in_one_file_are_two_entries_and_a_duplicate_copy_is_none()
    {
        var (first, second) = (Samples.Invoice(seed: 37), Samples.Invoice(seed: 38, interState: true));
        var pages = new[] { first, second, first }.SelectMany(invoice => InvoiceDrawer.Draw(invoice, InvoiceLayout.Classic)).ToList();

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render(pages, Samples.TextPdf));

        Assert.Equal(2, reading.Invoices.Count);
        AssertFields(first, reading.Invoices[0], KeyFields);
        AssertFields(second, reading.Invoices[1], KeyFields);
        Assert.Equal(first.Lines.Count, reading.Invoices[0].LineItems.Count);
    }

    [Fact]
    public async Task A_qr_signed_by_an_unknown_key_fills_what_the_page_does_not_print_and_says_so()
    {
        using var stranger = new EInvoiceSigner();
        var invoice = Samples.Invoice(seed: 39, stranger);
        var page = Samples.Page(drawing => drawing.QrCode(60, 60, 150, invoice.SignedQrCode!));

        var reading = Assert.Single((await fixture.ReadInvoices(DocumentRenderer.Render([page], RenderSpec.CleanPng(300)))).Invoices);

        AssertFields(invoice, reading, [.. KeyFields, "irn"]);
        Assert.All(KeyFields, key => Assert.Equal(FieldSource.UnverifiedQr, reading.Fields[key].Source));
        Assert.All(KeyFields, key => Assert.True(reading.Fields[key].Accuracy < FieldAccuracy.TextLayer));
    }

    [Fact]
    public async Task A_page_that_is_no_bill_gives_no_invoice()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "E-WAY BILL", 14, bold: true);
            drawing.Text(36, 90, "GSTIN of Supplier: 27AAPFU0939F1ZV", 9);
            drawing.Text(36, 110, "Document No.: 2564924   Value of Goods: 227950.51", 9);
        });

        Assert.Empty((await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf))).Invoices);
    }

    [Fact]
    public async Task Papers_filed_with_an_invoice_start_no_invoice_even_where_they_say_invoice()
    {
        var invoice = Samples.Invoice(seed: 41);
        var billOfEntry = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Port Code  BE No  BE Date", 9);
            drawing.Text(36, 80, "GSTIN/TYPE  27AAECE7216R1Z3/G", 9);
            drawing.Text(36, 100, "___BILLOFENTRYFORHOME CONSUMPTION", 11, bold: true);
            drawing.Text(36, 120, "PART II - INVOICE & VALUATION DETAILS", 10, bold: true);
            drawing.Text(36, 140, "1.S.NO  2.INVOICE NO. & DT.  560300  06-MAY-21", 9);
        });
        var packingList = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Delivery Note / Packing List", 14, bold: true);
            drawing.Text(36, 90, "Invoice Address:  Shipping Address:", 9);
            drawing.Text(36, 110, "GST 27AAECE7216R1Z3", 9);
        });
        var receipt = Samples.Page(drawing =>
        {
            drawing.Text(36, 40, "e-Payment Transaction Status Receipt", 14, bold: true);
            drawing.Text(36, 60, "ICEGATE  Reference ID  Payment", 11, bold: true);
            drawing.Text(36, 90, "IEC Name  EPIROC MINING INDIA  27AAECE7216R1Z3", 9);
            drawing.Text(36, 700, "Disclaimer: This e-Receipt is system generated.", 8);
        });
        var pages = new[] { billOfEntry, packingList, receipt }.Concat(InvoiceDrawer.Draw(invoice, InvoiceLayout.Classic)).Append(billOfEntry).ToList();

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render(pages, Samples.TextPdf));

        AssertFields(invoice, Assert.Single(reading.Invoices), KeyFields);
    }

    [Fact]
    public async Task Printed_fields_say_where_they_are_printed_and_derived_ones_do_not()
    {
        var invoice = Samples.Invoice(seed: 42);
        var file = Samples.Render(invoice, Samples.TextPdf);

        var (reading, document) = await ReadInvoice(file);

        var page = document.Pages.Pages[0];
        foreach (var key in KeyFields)
        {
            var location = reading.Fields[key].Location;
            Assert.True(location is not null, $"{key} has no location");
            Assert.Equal(1, location.PageNumber);
            var inside = string.Join(' ', page.Words.Where(word => Within(word.Box, location.Box)).Select(word => word.Text));
            if (key == "invoice_date")
            {
                Assert.True(DateText.TryParseFirst(inside, out var date) && DateText.Canonical(date) == reading.Fields[key].Text, $"the box of {key} holds '{inside}'");
            }
            else
            {
                // Boxes are as fine as words: a label printed in the value's word ("GSTIN/UIN:08…") is inside too.
                Assert.Contains(Compact(reading.Fields[key].Text), Compact(inside), StringComparison.Ordinal);
                Assert.True(inside.Length <= reading.Fields[key].Text.Length + 12, $"the box of {key} holds '{inside}', more than the value");
            }
        }

        Assert.Null(reading.Fields["pan_number"].Location);
        Assert.True(reading.Fields["supplier_gstin"].Location!.Box.Top < reading.Fields["invoice_amount"].Location!.Box.Top, "the supplier's GSTIN is above the total");

        static bool Within(Layout.Box word, Layout.Box box) => word.Left >= box.Left && word.Right <= box.Right && word.Top >= box.Top && word.Bottom <= box.Bottom;
        static string Compact(string text) => new([.. text.Where(char.IsLetterOrDigit)]);
    }

    private async Task<(ExtractedInvoice Invoice, InvoiceReading Reading)> ReadInvoice(byte[] file)
    {
        var reading = await fixture.ReadInvoices(file);
        return (Assert.Single(reading.Invoices), reading);
    }

    private static void AssertFields(InvoiceTruth invoice, ExtractedInvoice reading, IEnumerable<string> keys)
    {
        var expected = invoice.ExpectedFields;
        foreach (var key in keys)
        {
            Assert.True(reading.Fields.TryGetValue(key, out var field), $"{key} was not extracted");
            Assert.True(expected[key] == field.Text, $"{key}: expected '{expected[key]}', read '{field.Text}' ({field.Evidence})");
        }
    }
}
