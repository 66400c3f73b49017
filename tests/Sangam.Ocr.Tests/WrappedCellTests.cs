using Sangam.Ocr.Corpus.Drawing;

namespace Sangam.Ocr.Tests;

/// <summary>A value or label that wrapped in a narrow cell: read with its second line, never with a line that stands alone.</summary>
[Collection(SharedReader.Name)]
public sealed class WrappedCellTests(ReaderFixture fixture)
{
    [Theory]
    [InlineData("03, 2024", "03/05/2024")]
    [InlineData("21/06/2024", null)]
    public async Task A_date_wrapped_in_its_cell_is_read_with_its_second_line(string secondLine, string? expected)
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Organiser Invoice", 12, bold: true);
            drawing.Text(400, 100, "Invoice Serial #:", 9);
            drawing.Text(420, 112, "431186/154", 9);
            drawing.Text(390, 124, "Invoice Date: May", 9);
            drawing.Text(430, 136, secondLine, 9);
            drawing.Text(36, 200, "Student Non IEEE Member", 9);
            drawing.Text(500, 200, "7750.0", 9, align: TextAlign.Right);
        }));

        Assert.Equal(expected, fields.GetValueOrDefault("invoice_date")?.Text);
    }

    /// <summary>"Total Invoice" over "Amount" in a narrow label column, the figure beside the first line.</summary>
    [Fact]
    public async Task A_total_label_wrapped_in_its_cell_labels_the_figure_beside_its_first_line()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Organiser Invoice", 12, bold: true);
            drawing.Text(400, 100, "Invoice Serial #: 431186/154", 9);
            drawing.Text(36, 200, "Student Non IEEE Member", 9);
            drawing.Text(500, 200, "7750.0", 9, align: TextAlign.Right);
            drawing.Text(300, 230, "Total Invoice", 9);
            drawing.Text(500, 230, "7750.0", 9, align: TextAlign.Right);
            drawing.Text(320, 242, "Amount", 9);
        }));

        Assert.Equal("7750.00", fields["invoice_amount"].Text);
    }
}
