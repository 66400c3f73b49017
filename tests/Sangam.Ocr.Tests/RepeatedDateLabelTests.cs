using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>A template that prints its invoice-date label twice: once before the invoice number, once before the date.</summary>
[Collection(SharedReader.Name)]
public sealed class RepeatedDateLabelTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_number_after_a_date_label_whose_other_copy_holds_the_date_is_the_invoice_number_with_a_guessed_accuracy()
    {
        var fields = await Read(drawing =>
        {
            drawing.Text(360, 90, "INVOICE Date :SWT/HYD/022", 9);
            drawing.Text(360, 105, "INVOICE Date :23/06/2025", 9);
        });

        Assert.Equal("SWT/HYD/022", fields["invoice_number"].Text);
        Assert.True(fields["invoice_number"].Accuracy < 90);
        Assert.Equal("23/06/2025", fields["invoice_date"].Text);
    }

    [Fact]
    public async Task A_number_label_wins_over_a_number_after_a_date_label()
    {
        var fields = await Read(drawing =>
        {
            drawing.Text(360, 75, "Invoice No. : PRR/0451", 9);
            drawing.Text(360, 90, "INVOICE Date :SWT/HYD/022", 9);
            drawing.Text(360, 105, "INVOICE Date :23/06/2025", 9);
        });

        Assert.Equal("PRR/0451", fields["invoice_number"].Text);
    }

    [Fact]
    public async Task A_non_date_after_a_date_label_printed_once_is_not_taken_for_the_number()
    {
        var fields = await Read(drawing =>
        {
            drawing.Text(360, 90, "INVOICE Date :SWT/HYD/022", 9);
            drawing.Text(360, 105, "Dated : 23/06/2025", 9);
        });

        Assert.False(fields.ContainsKey("invoice_number"));
    }

    private async Task<IReadOnlyDictionary<string, ExtractedField>> Read(Action<PageDrawing> header)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(200, 40, "PRR AQUA TECHNOLOGIES", 14, bold: true);
            drawing.Text(200, 60, "TAX INVOICE", 11, bold: true);
            drawing.Text(36, 90, "To,", 9);
            drawing.Text(36, 105, "St. Mary's School, Hyderabad", 9);
            header(drawing);
            drawing.Text(36, 160, "Description", 9);
            drawing.Text(450, 160, "Total Rs.", 9);
            drawing.Text(36, 175, "Softening chemical", 9);
            drawing.Text(450, 175, "11,100.00", 9);
            drawing.Text(360, 200, "Grand Total   Rs 11,100.00", 9);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));
        return Assert.Single(reading.Invoices).Fields;
    }
}
