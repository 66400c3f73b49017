using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>An amount in words found on the page wherever its printed line put it.</summary>
[Collection(SharedReader.Name)]
public sealed class AmountInWordsLayoutTests(ReaderFixture fixture)
{
    /// <summary>
    /// A photographed page's curve breaks one printed line in two: the second half starts where the first ends, a
    /// little lower. Read alone it says 300; the words carry on and say 41300.
    /// </summary>
    [Fact]
    public async Task Words_broken_onto_a_lower_line_where_they_end_are_read_as_one_amount()
    {
        var page = Samples.Page(drawing =>
        {
            OneItemBill(drawing, "2526/T0225", "Steel racks", "35,000.00");
            drawing.Text(200, 300, "INR Forty One Thousand", 9, align: TextAlign.Right);
            drawing.Text(203, 305, "Three Hundred Only", 9);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));

        Assert.Equal("41300.00", Assert.Single(reading.Invoices).Fields["invoice_amount"].Text);
    }

    /// <summary>
    /// A photo's narrow spaces lost: the words run together into one ("INRFifteenThousandThreeHundredSixtyOnly"), or
    /// the label runs into the word before it ("RupeeinWords"). The words are still the total.
    /// </summary>
    [Theory]
    [InlineData("INRFifteenThousandThreeHundredSixtyOnly", "15360.00")]
    [InlineData("RupeeinWords SevenThousand Eight Hundred Sixty Eight Rupee Only", "7868.00")]
    public async Task Words_run_together_are_read_as_the_amount(string words, string amount)
    {
        var page = Samples.Page(drawing =>
        {
            OneItemBill(drawing, "4070", "Wheat flour", "2,400.00");
            drawing.Text(36, 300, words, 9);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));

        Assert.Equal(amount, Assert.Single(reading.Invoices).Fields["invoice_amount"].Text);
    }

    /// <summary>
    /// A photo that cut off the label of the total ("Net Amount" read as "Amount", or lost): the words give the total, and
    /// the same figure printed on the page is a second reading of it, so the total comes back surer than words alone.
    /// </summary>
    [Fact]
    public async Task Words_whose_figure_is_printed_without_a_total_label_are_surer_than_words_alone()
    {
        const string Words = "Rupees Five Thousand One Hundred Twenty Eight Only";
        var alone = await TotalOf(drawing => drawing.Text(36, 300, Words, 9));
        var withFigure = await TotalOf(drawing =>
        {
            drawing.Text(36, 300, Words, 9);
            drawing.Text(500, 330, "5,128.00", 9, align: TextAlign.Right);
        });

        Assert.Equal("5128.00", alone.Text);
        Assert.Equal("5128.00", withFigure.Text);
        Assert.Contains("same figure is printed", withFigure.Evidence, StringComparison.Ordinal);
        Assert.True(withFigure.Accuracy > alone.Accuracy, $"accuracy {withFigure.Accuracy} with the figure, {alone.Accuracy} without");

        async Task<ExtractedField> TotalOf(Action<PageDrawing> words)
        {
            var page = Samples.Page(drawing =>
            {
                OneItemBill(drawing, "4070", "Toothpaste", "2,400.00");
                words(drawing);
            });
            var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));
            return Assert.Single(reading.Invoices).Fields["invoice_amount"];
        }
    }

    /// <summary>A bill's title, number and one item row: the words under it are what the tests vary.</summary>
    private static void OneItemBill(PageDrawing drawing, string number, string item, string amount)
    {
        drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
        drawing.Text(36, 90, $"Invoice No. : {number}", 9);
        drawing.Text(36, 200, "Description of Goods", 9);
        drawing.Text(500, 200, "Amount", 9, align: TextAlign.Right);
        drawing.Text(36, 215, item, 9);
        drawing.Text(500, 215, amount, 9, align: TextAlign.Right);
    }
}
