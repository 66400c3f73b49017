using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A letterhead's GSTIN printed without a label and read with one character too many or too few:
/// taken only when the check character settles the repair.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class GstinRepairTests(ReaderFixture fixture)
{
    [Fact]
    public async Task An_unlabelled_gstin_with_a_stray_character_and_a_confusion_is_repaired_and_says_so()
    {
        // "27AAPFU0939F1ZV" with its last 9 read twice and the PAN's 0 read as O.
        var fields = await Read("27AAPFUO9399F1ZV");

        Assert.Equal("27AAPFU0939F1ZV", fields["supplier_gstin"].Text);
        Assert.Contains("a stray one dropped, 1 OCR confusion(s) repaired", fields["supplier_gstin"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unlabelled_gstin_with_a_lost_character_is_restored_when_only_one_insertion_verifies()
    {
        var fields = await Read("27AAPFU939F1ZV");

        Assert.Equal("27AAPFU0939F1ZV", fields["supplier_gstin"].Text);
        Assert.Contains("the missing one restored", fields["supplier_gstin"].Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("27AAPFU039F1ZV")]
    [InlineData("27AAPFU09399F1ZW")]
    public async Task A_near_gstin_that_no_single_repair_or_several_repairs_verify_gives_nothing(string printed)
    {
        var fields = await Read(printed);

        Assert.False(fields.ContainsKey("supplier_gstin"));
    }

    private async Task<IReadOnlyDictionary<string, ExtractedField>> Read(string gstin)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 50, "MODERN TRADING COMPANY", 14, bold: true);
            drawing.Text(36, 72, "12 Station Road, Nagpur 440001", 9);
            drawing.Text(36, 86, gstin, 9);
            drawing.Text(36, 120, "TAX INVOICE", 12, bold: true);
            drawing.Text(36, 140, "Invoice No. : MT-0412", 9);
            drawing.Text(300, 140, "Date : 14/03/2025", 9);
            drawing.Text(36, 200, "Steel brackets", 9);
            drawing.Text(450, 200, "1180.00", 9);
            drawing.Text(36, 230, "TOTAL AMOUNT :  1180.00", 9);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));
        return Assert.Single(reading.Invoices).Fields;
    }
}
