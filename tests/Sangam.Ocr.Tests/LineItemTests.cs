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
            Row(drawing, 215, "Cladding works", quantity: "1", taxable: "1000.00", middle: "0.00", total: "1180.00");
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
            Row(drawing, 215, "Back Cover for Model 8 Black");
            Row(drawing, 230, quantity: "1", taxable: "240.68", total: "284.00");
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
            Row(drawing, 215, "Cladding works", taxable: "1000.00", middle: "995411", total: "1180.00");
            drawing.Text(380, 235, "Invoice Value", 9);
            Row(drawing, 235, total: "1180");
        });

        Assert.Single(items);
    }

    /// <summary>A template may leave a blank band of fixed height under its header; the rows start below it.</summary>
    [Fact]
    public async Task Rows_printed_well_below_the_header_are_the_tables()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "HSN");
            Row(drawing, 275, "LED lights", quantity: "50", taxable: "25000.00", middle: "85013410", total: "29500.00");
            Row(drawing, 290, "Bulbs", quantity: "20", taxable: "46000.00", middle: "85013420", total: "54280.00");
        });

        Assert.Equal(["LED lights", "Bulbs"], items.Select(item => item["item_description"].Text));
    }

    [Fact]
    public async Task A_description_line_with_a_figure_under_the_quantity_is_not_an_item()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "HSN");
            Row(drawing, 215, "Steel Water Bottle, insulated", quantity: "1", taxable: "302.68", total: "339.00");
            Row(drawing, 230, "Bottle | Blue |", quantity: "730ml");
        });

        var item = Assert.Single(items);
        Assert.Equal("339.00", item["item_amount"].Text);
    }

    [Fact]
    public async Task A_named_row_without_figures_takes_the_figures_printed_under_it()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "HSN");
            Row(drawing, 215, "Optical Mouse (Black) |", middle: "847160");
            Row(drawing, 230, "B01FHMH4TU", quantity: "1", taxable: "244.92", total: "289.00");
        });

        var item = Assert.Single(items);
        Assert.Equal("Optical Mouse (Black) | B01FHMH4TU", item["item_description"].Text);
        Assert.Equal("847160", item["item_hsn"].Text);
        Assert.Equal("289.00", item["item_amount"].Text);
    }

    [Fact]
    public async Task A_serial_number_printed_close_to_its_description_leaves_the_description_whole()
    {
        var items = await Read(drawing =>
        {
            Title(drawing);
            drawing.Text(36, 200, "Sl.", 9);
            drawing.Text(56, 200, "Description", 9);
            drawing.Text(200, 200, "Qty", 9);
            drawing.Text(400, 200, "Taxable Value", 9, align: TextAlign.Right);
            drawing.Text(540, 200, "Total", 9, align: TextAlign.Right);
            drawing.Text(36, 215, "2 Instant Noodles Chicken (5 In 1", 9);
            drawing.Text(56, 230, "Pack), 400 grams", 9);
            drawing.Text(200, 230, "1", 9);
            drawing.Text(400, 230, "190.85", 9, align: TextAlign.Right);
            drawing.Text(540, 230, "213.75", 9, align: TextAlign.Right);
        });

        var item = Assert.Single(items);
        Assert.Equal("Instant Noodles Chicken (5 In 1 Pack), 400 grams", item["item_description"].Text);
        Assert.Equal("213.75", item["item_amount"].Text);
    }

    [Fact]
    public async Task A_mark_under_a_figure_column_is_no_figure()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "HSN");
            Row(drawing, 215, "Peel Off Mask for Men", taxable: "&", middle: "330499");
            Row(drawing, 230, "Women, 60 gm", quantity: "1", taxable: "160.16", total: "189.00");
        });

        var item = Assert.Single(items);
        Assert.Equal("160.16", item["item_taxable_value"].Text);
        Assert.StartsWith("Peel Off Mask for Men", item["item_description"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_whose_amount_sums_the_rows_above_is_their_total_whatever_its_label()
    {
        var items = await Read(drawing =>
        {
            Header(drawing, "HSN");
            Row(drawing, 215, "Cladding works", quantity: "1", total: "1000.00");
            Row(drawing, 230, "Fixing clamps", quantity: "4", total: "500.00");
            Row(drawing, 245, "Scaffolding hire", quantity: "2", total: "300.00");
            Row(drawing, 260, "Gross Amount", total: "1800.00");
        });

        Assert.Equal(["1000.00", "500.00", "300.00"], items.Select(item => item["item_amount"].Text));
    }

    [Fact]
    public async Task A_shipping_charge_added_to_the_goods_is_no_item_unless_billed_as_a_service_of_its_own()
    {
        void Goods(PageDrawing drawing)
        {
            Header(drawing, "HSN");
            Row(drawing, 215, "Optical Mouse", quantity: "1", middle: "847160", total: "289.00");
        }

        var added = await Read(drawing =>
        {
            Goods(drawing);
            Row(drawing, 230, "Shipping Charges", total: "40.00");
        });
        var billed = await Read(drawing =>
        {
            Goods(drawing);
            Row(drawing, 230, "Freight Charges", middle: "996511", total: "400.00");
        });
        var carriageAlone = await Read(drawing =>
        {
            Header(drawing, "HSN");
            Row(drawing, 215, "Freight Bhiwandi to Pune", total: "4500.00");
        });

        Assert.Equal("Optical Mouse", Assert.Single(added)["item_description"].Text);
        Assert.Equal(["Optical Mouse", "Freight Charges"], billed.Select(item => item["item_description"].Text));
        Assert.Equal("4500.00", Assert.Single(carriageAlone)["item_amount"].Text);
    }

    [Fact]
    public async Task A_page_marked_duplicate_after_an_unmarked_one_is_a_copy_whose_items_are_not_counted_again()
    {
        void Invoice(PageDrawing drawing)
        {
            Header(drawing, "HSN");
            Row(drawing, 215, "Office chair, mesh", quantity: "1", total: "10999.00");
        }

        var pages = new[] { Samples.Page(Invoice), Samples.Page(drawing => { Invoice(drawing); drawing.Text(36, 75, "[DUPLICATE]", 9); }) };

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render(pages, Samples.TextPdf));

        var invoice = Assert.Single(reading.Invoices);
        Assert.Equal([1, 2], invoice.PageNumbers);
        Assert.Single(invoice.LineItems);
    }

    /// <summary>A table of Description, Qty, Taxable Value, <paramref name="middleColumn"/> and Total under the invoice's title.</summary>
    private static void Header(PageDrawing drawing, string middleColumn)
    {
        Title(drawing);
        drawing.Text(36, 200, "Description", 9);
        drawing.Text(200, 200, "Qty", 9);
        drawing.Text(330, 200, "Taxable Value", 9, align: TextAlign.Right);
        drawing.Text(440, 200, middleColumn, 9, align: TextAlign.Right);
        drawing.Text(540, 200, "Total", 9, align: TextAlign.Right);
    }

    private static void Title(PageDrawing drawing)
    {
        drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
        drawing.Text(36, 90, "Invoice No. : AS/118", 9);
    }

    /// <summary>A row's cells, each drawn under its column of <see cref="Header"/> where given.</summary>
    private static void Row(
        PageDrawing drawing, int top, string? description = null, string? quantity = null, string? taxable = null, string? middle = null, string? total = null)
    {
        foreach (var (x, text, align) in new[] { (36, description, TextAlign.Left), (200, quantity, TextAlign.Left), (330, taxable, TextAlign.Right), (440, middle, TextAlign.Right), (540, total, TextAlign.Right) })
        {
            if (text is not null)
            {
                drawing.Text(x, top, text, 9, align: align);
            }
        }
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>>> Read(Action<PageDrawing> draw)
    {
        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([Samples.Page(draw)], Samples.TextPdf));
        return Assert.Single(reading.Invoices).LineItems;
    }
}
