using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>Item tables of text-layer invoices: figures of columns the reader does not name, descriptions above their figures.</summary>
[Collection(SharedReader.Name)]
public sealed class LineItemTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_figure_of_an_unnamed_column_beside_the_total_does_not_stand_for_the_items_amount()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "Cess");
            drawing.Text(36, 215, "Cladding works", 9);
            drawing.Text(200, 215, "1", 9);
            drawing.Text(330, 215, "1000.00", 9, align: TextAlign.Right);
            drawing.Text(440, 215, "0.00", 9, align: TextAlign.Right);
            drawing.Text(540, 215, "1180.00", 9, align: TextAlign.Right);
        });

        var item = Assert.Single(items);
        Assert.Equal("1180.00", item["item_amount"].Text);
        Assert.Equal("1000.00", item["item_taxable_value"].Text);
    }

    [Fact]
    public async Task A_description_with_digits_printed_above_its_figures_opens_the_first_item()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "Cess");
            drawing.Text(36, 215, "Back Cover for Model 8 Black", 9);
            drawing.Text(200, 230, "1", 9);
            drawing.Text(330, 230, "240.68", 9, align: TextAlign.Right);
            drawing.Text(540, 230, "284.00", 9, align: TextAlign.Right);
        });

        var item = Assert.Single(items);
        Assert.StartsWith("Back Cover for Model 8", item["item_description"].Text, StringComparison.Ordinal);
        Assert.Equal("284.00", item["item_amount"].Text);
    }

    [Fact]
    public async Task An_invoice_value_line_under_the_items_ends_the_table()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "HSN");
            drawing.Text(36, 215, "Cladding works", 9);
            drawing.Text(440, 215, "995411", 9, align: TextAlign.Right);
            drawing.Text(330, 215, "1000.00", 9, align: TextAlign.Right);
            drawing.Text(540, 215, "1180.00", 9, align: TextAlign.Right);
            drawing.Text(380, 235, "Invoice Value", 9);
            drawing.Text(540, 235, "1180", 9, align: TextAlign.Right);
        });

        Assert.Single(items);
    }

    [Fact]
    public async Task A_description_line_with_a_figure_under_the_quantity_is_not_an_item()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "HSN");
            drawing.Text(36, 215, "Steel Water Bottle, insulated", 9);
            drawing.Text(200, 215, "1", 9);
            drawing.Text(330, 215, "302.68", 9, align: TextAlign.Right);
            drawing.Text(540, 215, "339.00", 9, align: TextAlign.Right);
            drawing.Text(36, 230, "Bottle | Blue |", 9);
            drawing.Text(200, 230, "730ml", 9);
        });

        var item = Assert.Single(items);
        Assert.Equal("339.00", item["item_amount"].Text);
    }

    [Fact]
    public async Task A_page_marked_duplicate_after_an_unmarked_one_is_a_copy_whose_items_are_not_counted_again()
    {
        void Invoice(PageDrawing drawing)
        {
            Header(drawing, "HSN");
            drawing.Text(36, 215, "Office chair, mesh", 9);
            drawing.Text(200, 215, "1", 9);
            drawing.Text(540, 215, "10999.00", 9, align: TextAlign.Right);
        }

        var pages = new[] { Samples.Page(Invoice), Samples.Page(drawing => { Invoice(drawing); drawing.Text(36, 75, "[DUPLICATE]", 9); }) };

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render(pages, Samples.TextPdf));

        var invoice = Assert.Single(reading.Invoices);
        Assert.Equal([1, 2], invoice.PageNumbers);
        Assert.Single(invoice.LineItems);
    }

    private static void Header(PageDrawing drawing, string middleColumn)
    {
        drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
        drawing.Text(36, 90, "Invoice No. : AS/118", 9);
        drawing.Text(36, 200, "Description", 9);
        drawing.Text(200, 200, "Qty", 9);
        drawing.Text(330, 200, "Taxable Value", 9, align: TextAlign.Right);
        drawing.Text(440, 200, middleColumn, 9, align: TextAlign.Right);
        drawing.Text(540, 200, "Total", 9, align: TextAlign.Right);
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>>> Read(Action<PageDrawing> draw)
    {
        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([Samples.Page(draw)], Samples.TextPdf));
        return Assert.Single(reading.Invoices).LineItems;
    }
}
