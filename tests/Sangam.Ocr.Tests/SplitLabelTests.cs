using Sangam.Ocr.Corpus.Drawing;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A header cell whose label words are set apart ("Invoice" ... "No.", as a phone photo's low resolution spaces
/// them) with its value in the cell under it, below a line of the letterhead beside it; and a form typed with its
/// label's words spaced out, its value beside the label after a colon.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class SplitLabelTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_label_whose_words_a_gap_sets_apart_still_labels_the_value_under_it()
    {
        var fields = await Read(gap: 14);

        Assert.Equal("2526/T0225", fields["invoice_number"].Text);
        Assert.Equal("23/05/2025", fields["invoice_date"].Text);
    }

    [Fact]
    public async Task Words_set_apart_by_a_column_gap_are_not_one_label()
    {
        var fields = await Read(gap: 60);

        Assert.NotEqual("2526/T0225", fields.GetValueOrDefault("invoice_number")?.Text);
    }

    [Fact]
    public async Task A_typed_form_label_with_its_words_spaced_out_labels_the_value_beside_it()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(230, 50, "TAX INVOICE", 12, bold: true);
            drawing.Text(36, 100, "BUYER NAME", 9);
            drawing.Text(120, 100, ":  MEGHA ENTERPRISES", 9);
            drawing.Text(330, 100, "INVOICE DATE", 9);
            drawing.Text(440, 100, ":  04/08/2017", 9);
            drawing.Text(36, 115, "ADDRESS", 9);
            drawing.Text(120, 115, ":  G. M. ROAD", 9);
            drawing.Text(330, 115, "INVOICE", 9);
            drawing.Text(386, 115, "NO.", 9);
            drawing.Text(440, 115, ":  T00205", 9);
            drawing.Text(36, 200, "Paracetamol tablets", 9);
            drawing.Text(500, 200, "1200.00", 9, align: TextAlign.Right);
            drawing.Text(36, 220, "Total", 9, bold: true);
            drawing.Text(500, 220, "1260.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("T00205", fields["invoice_number"].Text);
    }

    private Task<IReadOnlyDictionary<string, Documents.ExtractedField>> Read(float gap) => fixture.ReadOneInvoice(Samples.Page(drawing =>
    {
        drawing.Text(36, 60, "Tax Invoice", 12, bold: true);
        drawing.Text(330, 90, "Invoice", 9);
        drawing.Text(330 + 31 + gap, 90, "No.", 9);
        drawing.Text(470, 90, "Dated", 9);
        drawing.Text(36, 100, "Ascent Fabrics Private Limited", 11, bold: true);
        drawing.Text(330, 110, "2526/T0225", 9);
        drawing.Text(470, 110, "23-May-25", 9);
        drawing.Text(36, 125, "Plot 4, Wagle Estate, Thane 400604", 9);
        drawing.Text(36, 200, "Printed journals", 9);
        drawing.Text(500, 200, "35000.00", 9, align: TextAlign.Right);
        drawing.Text(36, 220, "Total", 9, bold: true);
        drawing.Text(500, 220, "41300.00", 9, align: TextAlign.Right);
    }));
}
