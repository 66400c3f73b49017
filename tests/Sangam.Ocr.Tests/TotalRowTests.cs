using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>An item table's column sums printed as a bare row of figures, under a tax column headed with its rate, or on a "Totals" row.</summary>
[Collection(SharedReader.Name)]
public sealed class TotalRowTests(ReaderFixture fixture)
{
    [Fact]
    public async Task An_unlabelled_row_of_column_sums_gives_the_taxable_value_and_tax_when_they_add_up_to_the_total()
    {
        var fields = await Read("7200.00", "1296.00", "8496.00");

        Assert.Equal("8496.00", fields["invoice_amount"].Text);
        Assert.Equal("7200.00", fields["total_taxable"].Text);
        Assert.Equal("1296.00", fields["total_igst_amount"].Text);
    }

    [Fact]
    public async Task An_unlabelled_row_that_does_not_add_up_to_the_total_gives_nothing()
    {
        var fields = await Read("7200.00", "1300.00", "8500.00");

        Assert.Equal("8496.00", fields["invoice_amount"].Text);
        Assert.False(fields.ContainsKey("total_taxable"));
        Assert.False(fields.ContainsKey("total_igst_amount"));
    }

    [Fact]
    public async Task A_totals_row_gives_each_column_its_sum()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : OK/W/24/081911", 9);
            drawing.Text(36, 180, "Product Name", 9);
            drawing.Text(300, 172, "Taxable", 9, align: TextAlign.Right);
            drawing.Text(300, 180, "Value", 9, align: TextAlign.Right);
            drawing.Text(360, 180, "SGST+CGST", 9);
            drawing.Text(460, 172, "Total", 9, align: TextAlign.Right);
            drawing.Text(460, 180, "Tax", 9, align: TextAlign.Right);
            drawing.Text(540, 172, "Total", 9, align: TextAlign.Right);
            drawing.Text(540, 180, "Amt", 9, align: TextAlign.Right);
            drawing.Text(36, 200, "ATARAX 25 MG TAB", 9);
            drawing.Text(300, 200, "482.95", 9, align: TextAlign.Right);
            drawing.Text(360, 200, "6.0% + 6.0%", 9);
            drawing.Text(460, 200, "57.95", 9, align: TextAlign.Right);
            drawing.Text(540, 200, "540.90", 9, align: TextAlign.Right);
            drawing.Text(36, 215, "ECONORM 250 MG CAP", 9);
            drawing.Text(300, 215, "3898.23", 9, align: TextAlign.Right);
            drawing.Text(360, 215, "6.0% + 6.0%", 9);
            drawing.Text(460, 215, "467.79", 9, align: TextAlign.Right);
            drawing.Text(540, 215, "4366.02", 9, align: TextAlign.Right);
            drawing.Text(36, 235, "Totals", 9, bold: true);
            drawing.Text(300, 235, "4381.18", 9, align: TextAlign.Right);
            drawing.Text(460, 235, "525.74", 9, align: TextAlign.Right);
            drawing.Text(540, 235, "4907.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("4907.00", fields["invoice_amount"].Text);
        Assert.Equal("4381.18", fields["total_taxable"].Text);
        Assert.Equal("525.74", fields["total_tax_amount"].Text);
    }

    /// <summary>A taxable value and tax that add up with nothing are reported from a text layer, never from pixels.</summary>
    [Theory]
    [InlineData(OutputFormat.TextPdf, true)]
    [InlineData(OutputFormat.Png, false)]
    public async Task Totals_that_add_up_with_nothing_are_reported_only_where_their_figures_are_exact(OutputFormat format, bool reported)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : 2950", 9);
            drawing.Text(36, 200, "Taxable Value", 9);
            drawing.Text(360, 200, "1000.00", 9, align: TextAlign.Right);
            drawing.Text(36, 215, "IGST", 9);
            drawing.Text(360, 215, "180.00", 9, align: TextAlign.Right);
            drawing.Text(36, 230, "Grand Total", 9, bold: true);
            drawing.Text(360, 230, "1250.00", 9, align: TextAlign.Right);
        });

        var fields = await fixture.ReadOneInvoice(page, format);

        Assert.Equal("1250.00", fields["invoice_amount"].Text);
        Assert.Equal(reported, fields.ContainsKey("total_taxable"));
        Assert.Equal(reported, fields.ContainsKey("total_igst_amount"));
    }

    /// <summary>
    /// A zero beside "Total" (a column of nothing) and a tax equal to a "Net Amount" add up, but no tax is levied on
    /// nothing: the total is the one the amount in words gives.
    /// </summary>
    [Fact]
    public async Task A_tax_on_a_zero_taxable_value_adds_up_to_nothing()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : 291", 9);
            drawing.Text(36, 200, "TOTAL", 9, bold: true);
            drawing.Text(360, 200, "0.00", 9, align: TextAlign.Right);
            drawing.Text(36, 215, "IGST", 9);
            drawing.Text(360, 215, "10890.00", 9, align: TextAlign.Right);
            drawing.Text(36, 230, "Net Amount", 9);
            drawing.Text(360, 230, "10890.00", 9, align: TextAlign.Right);
            drawing.Text(36, 260, "Rupees One Lacs One Thousand Six Hundred Forty Only", 9);
            drawing.Text(400, 260, "NET AMOUNT", 9, bold: true);
            drawing.Text(540, 260, "101640.00", 9, align: TextAlign.Right);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));

        Assert.Equal("101640.00", Assert.Single(reading.Invoices).Fields["invoice_amount"].Text);
    }

    /// <summary>
    /// The column sums printed on the line of the amount in words, under dotted headers ("S.G.S.T."), with the discount
    /// and the taxable value set edge to edge ("0.001000.00"), as billing software for pharmacies prints them.
    /// </summary>
    [Fact]
    public async Task Column_sums_beside_the_amount_in_words_give_the_taxable_value_and_taxes()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No : KP2526118", 9);
            drawing.Text(36, 200, "Item Name", 8);
            drawing.Text(300, 200, "Dis.", 8, align: TextAlign.Right);
            drawing.Text(360, 200, "Taxable", 8, align: TextAlign.Right);
            drawing.Text(440, 200, "S.G.S.T.", 8, align: TextAlign.Right);
            drawing.Text(520, 200, "C.G.S.T.", 8, align: TextAlign.Right);
            foreach (var (x, unit) in new[] { (360, "Amount"), (440, "Amount"), (520, "Amount") })
            {
                drawing.Text(x, 210, unit, 8, align: TextAlign.Right);
            }

            var row = 228;
            foreach (var (name, value, tax) in new[] { ("GAUZE SWAB 10X10", "400.00", "24.00"), ("CREPE BANDAGE 10CM", "600.00", "36.00") })
            {
                drawing.Text(36, row, name, 8);
                drawing.Text(300, row, "0.00", 8, align: TextAlign.Right);
                drawing.Text(360, row, value, 8, align: TextAlign.Right);
                drawing.Text(440, row, tax, 8, align: TextAlign.Right);
                drawing.Text(520, row, tax, 8, align: TextAlign.Right);
                row += 14;
            }

            drawing.Text(36, row + 10, "Rs. One Thousand One Hundred Twenty Only", 8);
            drawing.Text(322, row + 10, "0.00", 8, align: TextAlign.Right);
            drawing.Text(322, row + 10, "1000.00", 8);
            drawing.Text(440, row + 10, "60.00", 8, align: TextAlign.Right);
            drawing.Text(520, row + 10, "60.00", 8, align: TextAlign.Right);
            drawing.Text(400, row + 40, "Grand Total", 9, bold: true);
            drawing.Text(520, row + 40, "1120.00", 9, align: TextAlign.Right);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));

        var fields = Assert.Single(reading.Invoices).Fields;
        Assert.Equal("1120.00", fields["invoice_amount"].Text);
        Assert.Equal("1000.00", fields["total_taxable"].Text);
        Assert.Equal("60.00", fields["total_cgst_amount"].Text);
        Assert.Equal("60.00", fields["total_sgst_amount"].Text);
    }

    /// <summary>A total nothing confirms is exact on a text layer; from pixels it may be another figure beside the label, and says so.</summary>
    [Theory]
    [InlineData(OutputFormat.TextPdf, 97)]
    [InlineData(OutputFormat.Png, 75)]
    public async Task A_total_nothing_confirms_is_trusted_only_from_a_text_layer(OutputFormat format, double atMost)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : 2950", 9);
            drawing.Text(36, 200, "TOTAL", 9, bold: true);
            drawing.Text(360, 200, "1254.00", 9, align: TextAlign.Right);
        });

        var total = (await fixture.ReadOneInvoice(page, format))["invoice_amount"];

        Assert.Equal("1254.00", total.Text);
        Assert.InRange(total.Accuracy, atMost - 10, atMost);
    }

    /// <summary>
    /// A figure beside "TOTAL" that nothing adds up to and that is a small part of what the items cost (the metres of
    /// cloth summed under their column) is not the invoice's total: none is given rather than a wrong one.
    /// </summary>
    [Theory]
    [InlineData("200", null)]
    [InlineData("29736.00", "29736.00")]
    public async Task A_total_below_half_of_what_the_items_cost_is_no_total(string figure, string? total)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : 10718", 9);
            drawing.Text(36, 200, "Description", 9);
            drawing.Text(260, 200, "HSN", 9);
            drawing.Text(360, 200, "Mtrs", 9, align: TextAlign.Right);
            drawing.Text(440, 200, "Rate", 9, align: TextAlign.Right);
            drawing.Text(540, 200, "Amount", 9, align: TextAlign.Right);
            var row = 215;
            foreach (var name in new[] { "ARISTOCRAT-174", "ARISTOCRAT-175" })
            {
                drawing.Text(36, row, name, 9);
                drawing.Text(260, row, "5407", 9);
                drawing.Text(360, row, "100.00", 9, align: TextAlign.Right);
                drawing.Text(440, row, "141.60", 9, align: TextAlign.Right);
                drawing.Text(540, row, "14160.00", 9, align: TextAlign.Right);
                row += 15;
            }

            drawing.Text(36, row + 15, "TOTAL", 9, bold: true);
            drawing.Text(540, row + 15, figure, 9, align: TextAlign.Right);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));

        Assert.Equal(total, Assert.Single(reading.Invoices).Fields.GetValueOrDefault("invoice_amount")?.Text);
    }

    private async Task<IReadOnlyDictionary<string, ExtractedField>> Read(string taxable, string tax, string total)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : UP0921", 9);
            drawing.Text(36, 200, "Description", 9);
            drawing.Text(200, 200, "SAC", 9);
            drawing.Text(280, 200, "Amount", 9);
            drawing.Text(360, 200, "IGST@18%", 9);
            drawing.Text(450, 200, "Total Amount", 9);
            var row = 215;
            foreach (var (name, sac, value, igst, amount) in new[] { ("Data charges", "998599", "4000.00", "720.00", "4720.00"), ("Weighment", "996711", "3200.00", "576.00", "3776.00") })
            {
                drawing.Text(36, row, name, 9);
                drawing.Text(200, row, sac, 9);
                drawing.Text(280, row, value, 9);
                drawing.Text(360, row, igst, 9);
                drawing.Text(450, row, amount, 9);
                row += 15;
            }

            drawing.Text(280, row, taxable, 9);
            drawing.Text(360, row, tax, 9);
            drawing.Text(450, row, total, 9);
            drawing.Text(36, row + 30, "TOTAL AMOUNT :  8496.00", 9);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));
        return Assert.Single(reading.Invoices).Fields;
    }
}
