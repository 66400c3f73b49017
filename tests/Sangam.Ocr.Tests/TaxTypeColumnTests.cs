using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A marketplace invoice's rows name their tax in a tax-type column ("IGST") and its total row gives only the tax and
/// the total, set edge to edge so the text layer joins them into one word ("₹26.25₹245.00"); a row's tax is followed
/// by the row's total ("6% CGST ₹40.93 ₹764.00").
/// </summary>
[Collection(SharedReader.Name)]
public sealed class TaxTypeColumnTests(ReaderFixture fixture)
{
    [Fact]
    public async Task Figures_set_edge_to_edge_are_two_words()
    {
        var pages = await fixture.Reader.ReadPagesAsync(DocumentRenderer.Render([Invoice()], Samples.TextPdf), maxPages: 1);

        var words = Assert.Single(pages.GetValueOrThrow().Pages).Words.Select(word => word.Text).ToList();
        Assert.Equal(2, words.Count(word => word == "₹26.25"));
        Assert.Equal(2, words.Count(word => word == "₹245.00"));
    }

    [Fact]
    public async Task The_total_rows_tax_is_the_IGST_when_no_other_head_is_named()
    {
        var fields = await fixture.ReadOneInvoice(Invoice());

        Assert.Equal("245.00", fields["invoice_amount"].Text);
        Assert.Equal("26.25", fields["total_tax_amount"].Text);
        Assert.Equal("26.25", fields["total_igst_amount"].Text);

        // The product row's net amount is what the total less the tax leaves, but no taxable value is printed.
        Assert.False(fields.ContainsKey("total_taxable"));
    }

    [Fact]
    public async Task The_total_rows_tax_is_not_the_IGST_when_another_head_is_named()
    {
        var fields = await fixture.ReadOneInvoice(Invoice("CGST and SGST are charged on supplies within the state."));

        Assert.Equal("26.25", fields["total_tax_amount"].Text);
        Assert.False(fields.ContainsKey("total_igst_amount"));
    }

    [Fact]
    public async Task The_heads_named_once_on_the_only_item_row_are_the_invoices_where_they_add_up()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Tax Invoice/Bill of Supply/Cash Memo", 12, bold: true);
            drawing.Text(36, 90, "Invoice Number : BOM7-556301", 9);
            drawing.Text(36, 105, "Invoice Date : 10.06.2025", 9);
            Header(drawing, 36, "Description", string.Empty);
            Header(drawing, 200, "Unit", "Price", TextAlign.Right);
            Header(drawing, 230, "Qty", string.Empty);
            Header(drawing, 290, "Net", "Amount", TextAlign.Right);
            Header(drawing, 310, "Tax", "Rate");
            Header(drawing, 350, "Tax", "Type");
            Header(drawing, 440, "Tax", "Amount", TextAlign.Right);
            Header(drawing, 500, "Total", "Amount");
            drawing.Text(36, 190, "Football Stud for Men, UK08", 8);
            drawing.Text(200, 190, "₹682.14", 8, align: TextAlign.Right);
            drawing.Text(230, 190, "1", 8);
            drawing.Text(290, 190, "₹682.14", 8, align: TextAlign.Right);
            drawing.Text(310, 190, "6%", 8);
            drawing.Text(350, 190, "CGST", 8);
            drawing.Text(440, 190, "₹40.93", 8, align: TextAlign.Right);
            drawing.Text(540, 190, "₹764.00", 8, align: TextAlign.Right);
            drawing.Text(310, 206, "6%", 8);
            drawing.Text(350, 206, "SGST", 8);
            drawing.Text(440, 206, "₹40.93", 8, align: TextAlign.Right);
            drawing.Text(36, 232, "TOTAL:", 8, bold: true);
            drawing.Text(440, 232, "₹81.86", 8, bold: true, align: TextAlign.Right);
            drawing.Text(540, 232, "₹764.00", 8, bold: true, align: TextAlign.Right);
            drawing.Text(36, 250, "Amount in Words:", 8, bold: true);
            drawing.Text(36, 262, "Seven Hundred Sixty-four only", 8, bold: true);
        }));

        Assert.Equal("764.00", fields["invoice_amount"].Text);
        Assert.Equal("40.93", fields["total_cgst_amount"].Text);
        Assert.Equal("40.93", fields["total_sgst_amount"].Text);

        // The row's net amount checks the sum; no taxable total is printed.
        Assert.False(fields.ContainsKey("total_taxable"));
    }

    /// <summary>A product row and a free shipping row, each naming IGST and ending in its total, over the total row.</summary>
    private static PageDrawing Invoice(string? footer = null) => Samples.Page(drawing =>
    {
        drawing.Text(36, 60, "Tax Invoice/Bill of Supply/Cash Memo", 12, bold: true);
        drawing.Text(36, 90, "Invoice Number : KA-BLR4-88213", 9);
        drawing.Text(36, 105, "Invoice Date : 02.08.2026", 9);
        Header(drawing, 36, "Description", string.Empty);
        Header(drawing, 250, "Net", "Amount", TextAlign.Right);
        Header(drawing, 330, "Tax", "Type");
        Header(drawing, 480, "Tax", "Amount", TextAlign.Right);
        Header(drawing, 500, "Total", "Amount");
        Row(drawing, 190, "Scented Candle Set", "₹218.75", "₹26.25", "₹245.00");
        Row(drawing, 206, "Shipping Charges", "₹0.00", "₹0.00", "₹0.00");
        drawing.Text(36, 232, "TOTAL:", 8, bold: true);
        drawing.Text(480, 232, "₹26.25", 8, bold: true, align: TextAlign.Right);
        drawing.Text(480, 232, "₹245.00", 8, bold: true);
        if (footer is not null)
        {
            drawing.Text(36, 300, footer, 8);
        }
    });

    /// <summary>A column header on two lines, as marketplace invoices print them.</summary>
    private static void Header(PageDrawing drawing, int x, string first, string second, TextAlign align = TextAlign.Left)
    {
        drawing.Text(x, 160, first, 8, bold: true, align: align);
        drawing.Text(x, 170, second, 8, bold: true, align: align);
    }

    private static void Row(PageDrawing drawing, int top, string description, string net, string tax, string total)
    {
        drawing.Text(36, top, description, 8);
        drawing.Text(250, top, net, 8, align: TextAlign.Right);
        drawing.Text(330, top, "IGST", 8);
        drawing.Text(480, top, tax, 8, align: TextAlign.Right);
        drawing.Text(540, top, total, 8, align: TextAlign.Right);
    }
}
