using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A tax head is the invoice's total only on evidence: a job card that charges parts and labour in two columns,
/// each with its own CGST and SGST, prints no total of either head, and none is returned; heads that title the columns
/// of a summary take no figure that belongs to the label after them.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class TaxHeadTotalTests(ReaderFixture fixture)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Taxes_of_two_columns_of_charges_are_not_the_invoices_totals(bool sideBySide)
    {
        var (labourLeft, labourTop) = sideBySide ? (320, 200) : (36, 280);
        var fields = await Read(drawing =>
        {
            Column(drawing, 36, 200, "Parts", "1000.00", "90.00", "1180.00");
            Column(drawing, labourLeft, labourTop, "Labour", "500.00", "45.00", "590.00");
            drawing.Text(36, labourTop + 90, "Grand Total", 10, bold: true);
            drawing.Text(labourLeft + 240, labourTop + 90, "1770.00", 10, align: TextAlign.Right);
        });

        Assert.Equal("1770.00", fields["invoice_amount"].Text);
        Assert.False(fields.ContainsKey("total_cgst_amount"));
        Assert.False(fields.ContainsKey("total_sgst_amount"));
    }

    [Fact]
    public async Task A_total_of_the_head_printed_under_its_lines_is_the_invoices()
    {
        var fields = await Read(drawing =>
        {
            Column(drawing, 36, 200, "Parts", "1000.00", "90.00", "1180.00");
            Column(drawing, 36, 280, "Labour", "500.00", "45.00", "590.00");
            drawing.Text(36, 360, "Total CGST", 9);
            drawing.Text(276, 360, "135.00", 9, align: TextAlign.Right);
            drawing.Text(36, 375, "Total SGST", 9);
            drawing.Text(276, 375, "135.00", 9, align: TextAlign.Right);
            drawing.Text(36, 395, "Grand Total", 10, bold: true);
            drawing.Text(276, 395, "1770.00", 10, align: TextAlign.Right);
        });

        Assert.Equal("135.00", fields["total_cgst_amount"].Text);
        Assert.Equal("135.00", fields["total_sgst_amount"].Text);
    }

    /// <summary>One column of charges: its value, its CGST and SGST at 9 %, and its total, from <paramref name="top"/> down.</summary>
    private static void Column(PageDrawing drawing, int left, int top, string heading, string value, string tax, string total)
    {
        var right = left + 240;
        drawing.Text(left, top, $"{heading} Charges", 9, bold: true);
        drawing.Text(right, top, value, 9, align: TextAlign.Right);
        drawing.Text(left, top + 15, "CGST @ 9%", 9);
        drawing.Text(right, top + 15, tax, 9, align: TextAlign.Right);
        drawing.Text(left, top + 30, "SGST @ 9%", 9);
        drawing.Text(right, top + 30, tax, 9, align: TextAlign.Right);
        drawing.Text(left, top + 45, $"{heading} Net", 9);
        drawing.Text(right, top + 45, total, 9, align: TextAlign.Right);
    }

    [Fact]
    public async Task Heads_that_title_columns_take_no_figure_of_the_label_after_them_and_the_payable_amount_is_the_total()
    {
        var fields = await Read(drawing =>
        {
            // An online pharmacy's GST slab summary beside its bill totals: the headings' line ends in another label's figure.
            drawing.Text(60, 200, "GST%", 8);
            drawing.Text(100, 200, "Taxable Amt (₹)", 8);
            drawing.Text(180, 200, "CGST (₹)", 8);
            drawing.Text(230, 200, "SGST (₹)", 8);
            drawing.Text(280, 200, "IGST (₹)", 8);
            drawing.Text(360, 200, "TOTAL QUANTITY:", 8);
            drawing.Text(540, 200, "33", 8, align: TextAlign.Right);
            drawing.Text(60, 215, "12", 8);
            drawing.Text(100, 215, "619.5", 8);
            drawing.Text(180, 215, "37.17", 8);
            drawing.Text(230, 215, "37.17", 8);
            drawing.Text(280, 215, "0", 8);
            drawing.Text(360, 215, "BILL AMOUNT:", 8);
            drawing.Text(540, 215, "₹755.33", 8, align: TextAlign.Right);
            drawing.Text(360, 230, "ROUND OFF:", 8);
            drawing.Text(540, 230, "₹-0.33", 8, align: TextAlign.Right);
            drawing.Text(360, 245, "PAYABLE AMOUNT:", 8);
            drawing.Text(540, 245, "₹755.00", 8, align: TextAlign.Right);
            drawing.Text(36, 270, "Amount in Words: Rupees seven hundred and fifty-five only", 8);
        });

        Assert.Equal("755.00", fields["invoice_amount"].Text);
        foreach (var head in new[] { "total_cgst_amount", "total_sgst_amount", "total_igst_amount" })
        {
            Assert.NotEqual("33.00", fields.GetValueOrDefault(head)?.Text);
        }
    }

    private Task<IReadOnlyDictionary<string, ExtractedField>> Read(Action<PageDrawing> charges) =>
        fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 85, "Job Card No. : JC-2207", 9);
            drawing.Text(36, 100, "Invoice No. : SV/2026/118", 9);
            drawing.Text(36, 115, "Invoice Date : 12-10-2026", 9);
            drawing.Text(36, 150, "Vehicle No. : KA01AB1234", 9);
            charges(drawing);
        }));
}
