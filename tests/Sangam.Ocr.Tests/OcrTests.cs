using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Recognition;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class OcrTests(ReaderFixture fixture)
{
    [Fact]
    public void The_native_tesseract_5_library_is_loaded()
    {
        Assert.StartsWith("5.", DocumentReader.TesseractVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_page_is_read_into_words_and_lines_with_confidences()
    {
        var invoice = Samples.Invoice(seed: 11);

        var page = await ReadSinglePage(Samples.Render(invoice, RenderSpec.CleanPng()));

        Assert.Equal(TextOrigin.Ocr, page.Origin);
        Assert.Contains(page.Lines, line => line.Text == "TAX INVOICE");
        Assert.Contains(page.Lines, line => line.Text.Contains(invoice.InvoiceNumber, StringComparison.Ordinal));
        Assert.True(page.Words.Average(word => word.Confidence) > 80);
        Assert.All(page.Words, word => Assert.True(word.Box.Width > 0 && word.Box.Height > 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_page_turned_by_quarter_turns_is_set_upright(int quarterTurns)
    {
        var invoice = Samples.Invoice(seed: 12);
        var turned = new RenderSpec(OutputFormat.Png, 200, Degradation.None with { QuarterTurns = quarterTurns });

        var page = await ReadSinglePage(Samples.Render(invoice, turned));

        Assert.Equal((4 - quarterTurns) % 4, page.Preprocessing?.QuarterTurns);
        Assert.Contains(page.Lines, line => line.Text.Contains(invoice.InvoiceNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_skewed_low_resolution_photo_is_straightened_and_upscaled()
    {
        var invoice = Samples.Invoice(seed: 13);
        var photo = new RenderSpec(OutputFormat.Jpeg, 150, new Degradation(RotationDegrees: 3, QuarterTurns: 0, BlurSigma: 0.4, NoiseSigma: 6, JpegQuality: 80));

        var page = await ReadSinglePage(Samples.Render(invoice, photo));

        Assert.Equal(300, page.Preprocessing?.PixelsPerInch);
        Assert.InRange(Math.Abs(page.Preprocessing!.SkewDegrees), 2.5, 3.5);
        Assert.Contains(page.Lines, line => line.Text.Contains(invoice.InvoiceNumber, StringComparison.Ordinal));
    }

    /// <summary>
    /// A photo (an image file recording no scanner's resolution, as a phone's JPEG) is read as sparse text; a scanned
    /// or rendered sheet (a PNG recording its 300 dpi, a scanned PDF) as a block.
    /// </summary>
    [Theory]
    [InlineData(OutputFormat.Jpeg, PageSegmentation.SparseText)]
    [InlineData(OutputFormat.Png, PageSegmentation.SingleBlock)]
    [InlineData(OutputFormat.ScannedPdf, PageSegmentation.SingleBlock)]
    public async Task A_photo_is_read_as_sparse_text_and_a_scanned_sheet_as_a_block(OutputFormat format, PageSegmentation expected)
    {
        var invoice = Samples.Invoice(seed: 14);

        var page = await ReadSinglePage(Samples.Render(invoice, new RenderSpec(format, 300, Degradation.None)));

        Assert.Equal(expected, page.Preprocessing?.Segmentation);
        Assert.Contains(page.Lines, line => line.Text.Contains(invoice.InvoiceNumber, StringComparison.Ordinal));
    }

    /// <summary>A photo's image records no resolution: the passes after recognition work at the one it is read at.</summary>
    [Fact]
    public async Task A_photo_read_as_a_block_is_read_whole()
    {
        var invoice = Samples.Invoice(seed: 14);
        using var reader = new DocumentReader(new DocumentReaderOptions
        {
            Ocr = new OcrEngineOptions { MaxEngines = 1, PhotoSegmentation = PageSegmentation.SingleBlock },
        });

        var pages = (await reader.ReadPagesAsync(Samples.Render(invoice, new RenderSpec(OutputFormat.Jpeg, 300, Degradation.None)), maxPages: 1)).GetValueOrThrow();

        Assert.Equal(PageSegmentation.SingleBlock, pages.Pages[0].Preprocessing?.Segmentation);
        Assert.Contains(pages.Pages[0].Lines, line => line.Text.Contains(invoice.InvoiceNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_of_a_multi_page_tiff_is_read()
    {
        PageDrawing[] pages =
        [
            Samples.Page(page => page.Text(60, 100, "Delivery Challan No. DC-4471", 14)),
            Samples.Page(page => page.Text(60, 100, "Received in good condition: 14 packages", 14)),
        ];

        var document = (await fixture.Reader.ReadPagesAsync(DocumentRenderer.Render(pages, new RenderSpec(OutputFormat.Tiff, 200, Degradation.None)))).GetValueOrThrow();

        Assert.Equal(2, document.PageCount);
        Assert.Equal("Delivery Challan No. DC-4471", Assert.Single(document.Pages[0].Lines).Text);
        Assert.Equal("Received in good condition: 14 packages", Assert.Single(document.Pages[1].Lines).Text);
    }

    private async Task<PageReading> ReadSinglePage(byte[] file) =>
        Assert.Single((await fixture.Reader.ReadPagesAsync(file)).GetValueOrThrow().Pages);
}
