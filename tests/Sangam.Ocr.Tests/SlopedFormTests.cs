using Sangam.Ocr.Corpus.Drawing;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A form whose values stand in a column of colons far right of their labels, photographed on a slope: each value sits
/// lower than its label by enough to be read as a line of its own, and the next label's line is under the label.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class SlopedFormTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_value_in_the_colon_column_a_slope_put_on_the_next_line_is_its_labels()
    {
        var fields = await Read(drop: 4.5f);

        Assert.Equal("06/09/2025", fields["invoice_date"].Text);
    }

    [Fact]
    public async Task A_colon_column_a_line_lower_belongs_to_the_next_label()
    {
        var fields = await Read(drop: 13);

        Assert.NotEqual("06/09/2025", fields.GetValueOrDefault("invoice_date")?.Text);
    }

    private Task<IReadOnlyDictionary<string, Documents.ExtractedField>> Read(float drop) => fixture.ReadOneInvoice(Page(drop));

    private static PageDrawing Page(float drop) => Samples.Page(drawing =>
    {
        drawing.Text(230, 50, "BILL OF SUPPLY", 12, bold: true);
        drawing.Text(36, 80, "Shivam Grains, Vapi", 11, bold: true);
        drawing.Text(330, 100, "Bill No.", 9);
        drawing.Text(395, 100 + drop, ": 4375", 9);
        drawing.Text(330, 113, "Date", 9);
        drawing.Text(395, 113 + drop, ": 06/09/2025", 9);
        drawing.Text(330, 126, "Transport", 9);
        drawing.Text(395, 126 + drop, ": 9671", 9);
        drawing.Text(36, 200, "Rice 26 kg", 9);
        drawing.Text(500, 200, "15603.12", 9, align: TextAlign.Right);
        drawing.Text(36, 220, "Grand Total", 9, bold: true);
        drawing.Text(500, 220, "15603.00", 9, align: TextAlign.Right);
    });
}
