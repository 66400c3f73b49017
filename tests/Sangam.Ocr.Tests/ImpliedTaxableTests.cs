using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A taxable value no label names is the figure the total and its taxes imply, when that figure is printed and the
/// taxes are one GST rate of it; a bill of supply's value before tax is its total when no tax above zero is printed.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class ImpliedTaxableTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_charge_under_no_taxable_label_is_the_total_less_its_taxes()
    {
        var fields = await fixture.ReadOneInvoice(Bill("TAX INVOICE", drawing =>
        {
            Row(drawing, 220, "Room Charges (3 nights)", "8,400.00");
            Row(drawing, 238, "CGST @ 6%", "504.00");
            Row(drawing, 256, "SGST @ 6%", "504.00");
            Row(drawing, 280, "Amount Payable", "9,408.00");
        }));

        Assert.Equal("9408.00", fields["invoice_amount"].Text);
        Assert.Equal("8400.00", fields["total_taxable"].Text);
        Assert.Equal("504.00", fields["total_cgst_amount"].Text);
        Assert.Equal("504.00", fields["total_sgst_amount"].Text);
    }

    [Fact]
    public async Task Another_row_of_the_table_is_not_a_taxable_value()
    {
        // Each row prints its IGST and its total: the shipping row's 40.00 read beside "IGST" leaves the product row's
        // 295.00, but 40.00 is no GST rate of 295.00.
        var fields = await fixture.ReadOneInvoice(Bill("TAX INVOICE", drawing =>
        {
            ItemRow(drawing, 220, "Desk Lamp", "250.00", "45.00", "295.00");
            ItemRow(drawing, 238, "Shipping Charges", "33.90", "6.10", "40.00");
            Row(drawing, 262, "TOTAL:", "335.00");
        }));

        Assert.Equal("335.00", fields["invoice_amount"].Text);
        Assert.False(fields.ContainsKey("total_taxable"));
    }

    [Fact]
    public async Task A_scanned_bill_of_supply_is_worth_its_value_before_tax()
    {
        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([Bill("BILL OF SUPPLY", drawing =>
        {
            // The words' label shares the line: the figure after it is the value before tax, not the words' total.
            drawing.Text(36, 220, "Total Invoice Amount In Words", 9);
            drawing.Text(330, 220, "Total Amount Before Tax", 9);
            drawing.Text(560, 220, "10,678.10", 9, align: TextAlign.Right);
            drawing.Text(36, 238, "TEN THOUSAND SIX HUNDRED SEVENTY-EIGHT ONLY", 9);
            Row(drawing, 256, "CGST", "0.00");
            Row(drawing, 274, "SGST", "0.00");
            Row(drawing, 298, "Amount Payable", "10,678.00");
        })], Samples.ScannedPdf));

        var fields = Assert.Single(reading.Invoices).Fields;
        Assert.Equal("10678.00", fields["invoice_amount"].Text);
        Assert.Equal("10678.10", fields["total_taxable"].Text);
        Assert.Contains("no tax", fields["total_taxable"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_that_spell_the_value_before_tax_leave_the_total_to_the_figure_that_adds_its_tax()
    {
        var fields = await fixture.ReadOneInvoice(Bill("RECEIPT VOUCHER", drawing =>
        {
            Row(drawing, 200, "Particulars", "Amount (Rs.)");
            Row(drawing, 220, "Towards Program Fees", "21186.00");
            Row(drawing, 300, "IGST @ 18% :", "3814.00");
            Row(drawing, 380, string.Empty, "25000.00");
            drawing.Text(36, 410, "Total Amount : Rs. Twenty One Thousand One Hundred and Eighty Six Only", 9);
        }));

        Assert.Equal("25000.00", fields["invoice_amount"].Text);
        Assert.Contains("value before tax", fields["invoice_amount"].Evidence, StringComparison.Ordinal);
        Assert.True(fields["invoice_amount"].Accuracy < FieldAccuracy.TextLayer);
        Assert.Equal("3814.00", fields["total_igst_amount"].Text);
        Assert.Contains("adds up to the total", fields["total_igst_amount"].Evidence, StringComparison.Ordinal);
        Assert.False(fields.ContainsKey("total_taxable"));
    }

    /// <summary>A row of a table whose cells stand apart: description, net amount, rate, tax type, tax, total.</summary>
    private static void ItemRow(PageDrawing drawing, int top, string description, string net, string tax, string total)
    {
        drawing.Text(36, top, description, 9);
        drawing.Text(260, top, net, 9, align: TextAlign.Right);
        drawing.Text(300, top, "18%", 9);
        drawing.Text(360, top, "IGST", 9);
        drawing.Text(470, top, tax, 9, align: TextAlign.Right);
        drawing.Text(560, top, total, 9, align: TextAlign.Right);
    }

    private static void Row(PageDrawing drawing, int top, string label, string figure)
    {
        if (label.Length > 0)
        {
            drawing.Text(36, top, label, 9);
        }

        drawing.Text(560, top, figure, 9, align: TextAlign.Right);
    }

    private static PageDrawing Bill(string title, Action<PageDrawing> totals) => Samples.Page(drawing =>
    {
        drawing.Text(36, 60, title, 14, bold: true);
        drawing.Text(36, 90, "Invoice No. : HS/2026/0417", 9);
        drawing.Text(36, 105, "Invoice Date : 14-11-2026", 9);
        drawing.Text(36, 140, "Bill To : Meridian Travels", 9);
        totals(drawing);
    });
}
