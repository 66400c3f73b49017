using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A bill whose title and number label were not read (a photo's title lost to glare, a form printed without one) is
/// still a bill when it prints an item table; a page with neither, or titled as another paper, is none, and a bill named
/// in a sentence is no title.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class UntitledBillTests(ReaderFixture fixture)
{
    private const string Supplier = "33AAJFR5531P1ZS";

    [Fact]
    public async Task A_page_with_an_item_table_and_no_title_is_read_as_a_bill()
    {
        var fields = await fixture.ReadOneInvoice(Untitled(title: null, itemTable: true));

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.Equal("25/11/2024", fields["invoice_date"].Text);
        Assert.Equal("5600.00", fields["invoice_amount"].Text);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("PACKING LIST", true)]
    public async Task A_page_without_an_item_table_or_titled_as_another_paper_gives_no_invoice(string? title, bool itemTable)
    {
        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([Untitled(title, itemTable)], Samples.TextPdf));

        Assert.Empty(reading.Invoices);
    }

    /// <summary>A paper's terms naming a bill in passing ("settled by means of debit note") give it no title.</summary>
    [Fact]
    public async Task A_bill_named_in_a_sentence_at_the_top_is_no_title()
    {
        var page = Untitled(title: null, itemTable: false);
        page.Text(36, 30, "Any duty payable in addition will be settled with the seller by means of debit note / credit note.", 8);

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));

        Assert.Empty(reading.Invoices);
    }

    private static PageDrawing Untitled(string? title, bool itemTable) => Samples.Page(drawing =>
    {
        if (title is not null)
        {
            drawing.Text(220, 30, title, 12, bold: true);
        }

        drawing.Text(36, 50, "Raajaa Silk Industries", 14, bold: true);
        drawing.Text(36, 70, "15/4 Bhavanisagar Road, Erode 638451", 9);
        drawing.Text(36, 85, $"GSTIN : {Supplier}", 9);
        drawing.Text(360, 85, "Date : 25/11/2024", 9);
        if (itemTable)
        {
            drawing.Text(36, 130, "S.No", 9, bold: true);
            drawing.Text(80, 130, "Name of Product", 9, bold: true);
            drawing.Text(300, 130, "Qty", 9, bold: true);
            drawing.Text(380, 130, "Rate", 9, bold: true);
            drawing.Text(500, 130, "Amount", 9, bold: true, align: TextAlign.Right);
            drawing.Text(36, 150, "1", 9);
            drawing.Text(80, 150, "Raw silk", 9);
            drawing.Text(300, 150, "2", 9);
            drawing.Text(380, 150, "2800.00", 9);
            drawing.Text(500, 150, "5600.00", 9, align: TextAlign.Right);
        }

        drawing.Text(36, 190, "Grand Total", 9, bold: true);
        drawing.Text(500, 190, "5600.00", 9, align: TextAlign.Right);
    });
}
