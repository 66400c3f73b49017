using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>The tax and the invoice total printed without labels under a "Total" row's amount, in its column.</summary>
[Collection(SharedReader.Name)]
public sealed class StackedTotalTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_tax_and_a_total_stacked_under_the_total_row_are_read_when_they_add_up()
    {
        var fields = await Read("1296.00", "8496.00");

        Assert.Equal("8496.00", fields["invoice_amount"].Text);
        Assert.Equal("7200.00", fields["total_taxable"].Text);
        Assert.Equal("1296.00", fields["total_tax_amount"].Text);
    }

    [Fact]
    public async Task Two_equal_taxes_stacked_under_the_total_row_are_cgst_and_sgst()
    {
        var fields = await Read("648.00", "648.00", "8496.00");

        Assert.Equal("8496.00", fields["invoice_amount"].Text);
        Assert.Equal("648.00", fields["total_cgst_amount"].Text);
        Assert.Equal("648.00", fields["total_sgst_amount"].Text);
    }

    [Fact]
    public async Task Stacked_figures_that_do_not_add_up_are_not_taken_for_the_total()
    {
        var fields = await Read("1296.00", "8500.00");

        Assert.NotEqual("8500.00", fields["invoice_amount"].Text);
        Assert.False(fields.ContainsKey("total_tax_amount"));
    }

    private async Task<IReadOnlyDictionary<string, ExtractedField>> Read(params string[] stacked)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : AS/118", 9);
            drawing.Text(36, 200, "Description of Service", 9);
            drawing.Text(500, 200, "Amount", 9, align: TextAlign.Right);
            drawing.Text(36, 215, "Cladding works", 9);
            drawing.Text(500, 215, "4000.00", 9, align: TextAlign.Right);
            drawing.Text(36, 230, "Sheeting works", 9);
            drawing.Text(500, 230, "3200.00", 9, align: TextAlign.Right);
            drawing.Text(100, 260, "Total", 9);
            drawing.Text(500, 260, "7200.00", 9, align: TextAlign.Right);
            var row = 280;
            foreach (var figure in stacked)
            {
                drawing.Text(500, row, figure, 9, align: TextAlign.Right);
                row += 14;
            }

            drawing.Text(36, row + 20, "Amount Chargeable (in words)", 9);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));
        return Assert.Single(reading.Invoices).Fields;
    }
}
