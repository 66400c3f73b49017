using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A scanned bill whose item table is a full grid of rules, as spreadsheet templates print it. Read as one block,
/// Tesseract returns the item row and the total but nothing of the ruled header row, so no item table is found; the
/// print no word covers is read again with the rules erased.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class RuledTableTests(ReaderFixture fixture)
{
    [Fact]
    public async Task The_header_row_of_a_ruled_grid_is_read_and_its_item_found()
    {
        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([GridBill()], Samples.ScannedPdf));

        var invoice = Assert.Single(reading.Invoices);
        var item = Assert.Single(invoice.LineItems);
        Assert.Equal("Laptop Format", item["item_description"].Text);
        Assert.Equal("1800.00", item["item_amount"].Text);
        Assert.Equal("1800.00", invoice.Fields["invoice_amount"].Text);
    }

    [Fact]
    public async Task Words_already_read_are_not_read_twice()
    {
        var pages = await fixture.Reader.ReadPagesAsync(DocumentRenderer.Render([GridBill()], Samples.ScannedPdf), maxPages: 1);

        var words = Assert.Single(pages.GetValueOrThrow().Pages).Words;
        Assert.Single(words, word => word.Text == "DESCRIPTION");
        Assert.Single(words, word => word.Text == "TOTAL");
        Assert.Equal(2, words.Count(word => word.Text == "1800.00"));
    }

    private static PageDrawing GridBill() => Samples.Page(drawing =>
    {
        drawing.Text(40, 90, "Date:30.01.2026", 9, bold: true);
        drawing.Text(40, 104, "INVOICE # 118", 9, bold: true);
        drawing.Text(330, 90, "SKS Computers", 20, bold: true);
        drawing.Text(330, 110, "Plot No 16, KS Residency, DD Nagar", 8);

        const float top = 190, row = 20, left = 36, right = 560;
        const int rows = 16;
        var bottom = top + ((rows + 1) * row);
        for (var i = 0; i <= rows + 1; i++)
        {
            drawing.Line(left, top + (i * row), right, top + (i * row), 0.8f);
        }

        foreach (var x in new[] { left, 80f, 330f, 390f, 470f, right })
        {
            drawing.Line(x, top, x, bottom, 0.8f);
        }

        drawing.Text(45, top + 14, "S.No", 9, bold: true);
        drawing.Text(150, top + 14, "DESCRIPTION", 9, bold: true);
        drawing.Text(345, top + 14, "Qty", 9, bold: true);
        drawing.Text(410, top + 14, "Price", 9, bold: true);
        drawing.Text(490, top + 14, "AMOUNT", 9, bold: true);
        drawing.Text(55, top + row + 14, "1", 9);
        drawing.Text(85, top + row + 14, "Laptop Format", 9);
        drawing.Text(380, top + row + 14, "3", 9, align: TextAlign.Right);
        drawing.Text(462, top + row + 14, "600.00", 9, align: TextAlign.Right);
        drawing.Text(555, top + row + 14, "1800.00", 9, align: TextAlign.Right);

        drawing.Line(left, bottom + row, right, bottom + row, 0.8f);
        drawing.Line(470, bottom, 470, bottom + row, 0.8f);
        drawing.Line(right, bottom, right, bottom + row, 0.8f);
        drawing.Text(430, bottom + 14, "TOTAL", 9, bold: true);
        drawing.Text(555, bottom + 14, "1800.00", 9, bold: true, align: TextAlign.Right);
        drawing.Text(40, bottom + 50, "Bank Details: Bank of Baroda", 9);
    });
}
