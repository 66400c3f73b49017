using Sangam.Ocr.Tests.RealDocuments;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class PageOrientationTests(ReaderFixture fixture)
{
    /// <summary>
    /// A real electricity bill (a landscape screenshot on an A4 sheet) with a barcode printed down its left margin
    /// and ruled tables: counted with every mark on the page, its ascender statistics say the text runs sideways.
    /// </summary>
    [Fact]
    public async Task An_upright_bill_with_a_barcode_down_its_margin_is_not_turned_sideways()
    {
        var file = RealCorpus.Document("JahanviSharma16__bill-extractor/BSES.pdf");

        var page = Assert.Single((await fixture.Reader.ReadPagesAsync(file)).GetValueOrThrow().Pages);

        Assert.Equal(0, page.Preprocessing?.QuarterTurns);
        Assert.Contains(page.Lines, line => line.Text.Contains("07AAGCS3187H2Z3", StringComparison.Ordinal));
    }
}
