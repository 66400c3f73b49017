using Sangam.Ocr.Corpus.Output;
using SkiaSharp;

namespace Sangam.Ocr.Tests;

/// <summary>
/// Pages are scaled for the size of their letters, not only for their recorded or guessed resolution: the two disagree
/// on crops, small receipts, photos that do not fill the frame and pages printed in small type.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class LetterSizeScalingTests(ReaderFixture fixture)
{
    /// <summary>
    /// The top of a 300 dpi page, recording no resolution: its short side, taken for an A4 page's, says under 100 dpi,
    /// which would enlarge it two and a half times, but its letters are already the size Tesseract reads best.
    /// </summary>
    [Fact]
    public async Task A_crop_whose_letters_are_already_large_enough_is_not_blown_up()
    {
        var invoice = Samples.Invoice(seed: 31);
        using var rendered = SKBitmap.Decode(Samples.Render(invoice, RenderSpec.CleanPng()));
        using var crop = Redrawn(rendered, new SKRect(0, 0, rendered.Width, 800), rendered.Width, 800, scale: 1);

        var page = await ReadSinglePage(crop);

        Assert.InRange(page.Width, crop.Width * 0.7, crop.Width * 1.5);
        Assert.Contains(page.Lines, line => line.Text.Contains(invoice.InvoiceNumber, StringComparison.Ordinal));
    }

    /// <summary>
    /// A page printed at half size on a square sheet whose side reads as about 240 dpi, inside the range left alone
    /// by resolution: its capitals are about half the height Tesseract reads best, so the page is enlarged.
    /// </summary>
    [Fact]
    public async Task A_page_printed_in_small_type_is_enlarged_towards_the_letter_size_tesseract_reads_best()
    {
        var invoice = Samples.Invoice(seed: 32);
        using var rendered = SKBitmap.Decode(Samples.Render(invoice, RenderSpec.CleanPng()));
        using var small = Redrawn(rendered, new SKRect(0, 0, rendered.Width, rendered.Height), 2000, 2000, scale: 0.5f);

        var page = await ReadSinglePage(small);

        Assert.InRange(page.Width, small.Width * 1.6, small.Width * 2.5);
        Assert.Contains(page.Lines, line => line.Text.Contains(invoice.InvoiceNumber, StringComparison.Ordinal));
    }

    /// <summary>The <paramref name="source"/> part of <paramref name="page"/>, scaled, on a white sheet of the given size, as a PNG recording no resolution.</summary>
    private static SKBitmap Redrawn(SKBitmap page, SKRect source, int width, int height, float scale)
    {
        var sheet = new SKBitmap(width, height);
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(page);
        canvas.DrawImage(image, source, new SKRect(0, 0, source.Width * scale, source.Height * scale), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return sheet;
    }

    private async Task<PageReading> ReadSinglePage(SKBitmap image) =>
        Assert.Single((await fixture.Reader.ReadPagesAsync(PageImaging.Encode(image, SKEncodedImageFormat.Png))).GetValueOrThrow().Pages);
}
