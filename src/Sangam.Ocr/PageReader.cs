using System.Diagnostics;
using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;
using Sangam.Ocr.Pages;
using Sangam.Ocr.Qr;
using Sangam.Ocr.Recognition;

namespace Sangam.Ocr;

/// <summary>
/// Turns one loaded page into a <see cref="PageReading"/>: OCR or text layer (OCR where it does not decode), then lines,
/// then QR codes. Sheets are read by Tesseract (its doubtful figures again by the line network); photos by the
/// networks when <paramref name="photos"/> is given.
/// </summary>
internal sealed class PageReader(TesseractPool engines, LineRecognizer? lines, NetworkPageReader? photos)
{
    public async Task<PageReading> ReadAsync(PageContent content, int pageNumber, CancellationToken cancellationToken) => content switch
    {
        TextLayerContent text => await FromTextLayerAsync(text, pageNumber, cancellationToken),
        RasterContent raster => await FromRasterAsync(raster, pageNumber, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content.GetType().Name, "Unknown page content."),
    };

    private async Task<PageReading> FromTextLayerAsync(TextLayerContent page, int pageNumber, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var codes = new List<QrCode>();
        foreach (var encoded in page.EmbeddedImages)
        {
            using var image = GreyImage.Decode(encoded);
            if (image is not null)
            {
                codes.AddRange(QrDecoder.Decode(image.ToLuminance(), image.Width, image.Height)
                    .Select(code => new QrCode(pageNumber, code.Text, default)));
            }
        }

        var qrTime = watch.Elapsed;
        if (page.Rendering is null)
        {
            return new PageReading(
                pageNumber, page.Width, page.Height, TextOrigin.PdfTextLayer, page.Words, LineBuilder.Build(page.Words), codes, null, TimeSpan.Zero, TimeSpan.Zero, qrTime);
        }

        watch.Restart();
        var words = WithoutDoubles(page.Words, await UndecodableWordReader.ReadAsync(engines, page.Rendering, page.Rendering.PixelsPerInch, page.Undecodable, cancellationToken));
        return new PageReading(
            pageNumber, page.Width, page.Height, TextOrigin.PdfTextLayerAndOcr, words, LineBuilder.Build(words), codes, null, TimeSpan.Zero, watch.Elapsed, qrTime);
    }

    /// <summary>
    /// The exact words and the recognised ones, each printed word once: cut-outs of neighbouring places overlap, so a
    /// line at the edge of one may be read again, often clipped ("UNI!" under "UNIT"). Of two words covering each
    /// other by more than half, a text-layer word stays, else the surer reading.
    /// </summary>
    private static List<Word> WithoutDoubles(IReadOnlyList<Word> exact, List<Word> recognised)
    {
        var kept = new List<Word>(exact);
        foreach (var word in recognised.OrderByDescending(word => word.Confidence))
        {
            if (!kept.Exists(other => Covers(other.Box, word.Box)))
            {
                kept.Add(word);
            }
        }

        return kept;
    }

    private static bool Covers(Box a, Box b) =>
        2L * a.HorizontalOverlap(b) * a.VerticalOverlap(b) > Math.Min((long)a.Width * a.Height, (long)b.Width * b.Height);

    private async Task<PageReading> FromRasterAsync(RasterContent raster, int pageNumber, CancellationToken cancellationToken)
    {
        var page = raster.Image;
        // QR codes are read first, at the image's own resolution (resampling softens dense codes),
        // then blanked out: a code is thousands of tiny blobs that Tesseract would try to read as
        // text, doubling its time on an e-invoice page, and that would mislead the skew estimate.
        var watch = Stopwatch.StartNew();
        var codes = QrDecoder.Decode(page.ToLuminance(), page.Width, page.Height)
            .Select(code => new QrCode(pageNumber, code.Text, code.Box))
            .ToList();
        foreach (var code in codes)
        {
            page.FillWhite(code.Box, QrDecoder.QuietZoneMargin(code.Box));
        }

        var qrTime = watch.Elapsed;
        watch.Restart();
        var (prepared, report) = PagePreprocessor.Prepare(page, raster.IsPhoto ? engines.Options.PhotoSegmentation : engines.Options.PageSegmentation);
        var preprocessTime = watch.Elapsed;
        try
        {
            watch.Restart();
            if (raster.IsPhoto && photos is not null)
            {
                var read = await engines.InSlotAsync(() => photos.Read(prepared), cancellationToken);
                return new PageReading(
                    pageNumber, prepared.Width, prepared.Height, TextOrigin.Ocr, read, LineBuilder.Build(read), codes, report with { Recognizer = PageRecognizer.Networks }, preprocessTime, watch.Elapsed, qrTime);
            }

            // Tesseract reads a line it read poorly once more inverted, for white print on a dark band. A photo always gets
            // that retry (its light makes bands of shadow and glare); a sheet only where it has a band: elsewhere the retry
            // finds nothing and costs up to a tenth of Tesseract's time on a noisy scan (bench/results/ocr-real.md).
            var retryInverted = raster.IsPhoto || DarkBands.OnPage(prepared, report.PixelsPerInch);
            var words = await engines.RecognizeAsync(prepared, report.PixelsPerInch, report.Segmentation, retryInverted, cancellationToken);
            if (report.Segmentation == PageSegmentation.SingleBlock)
            {
                words = [.. words, .. await SkippedText.ReadAsync(engines, prepared, report.PixelsPerInch, words, cancellationToken)];
            }

            if (lines is not null)
            {
                words = SecondReading.Apply(lines, prepared, words);
            }

            return new PageReading(
                pageNumber, prepared.Width, prepared.Height, TextOrigin.Ocr, words, LineBuilder.Build(words), codes, report, preprocessTime, watch.Elapsed, qrTime);
        }
        finally
        {
            if (!ReferenceEquals(prepared, page))
            {
                prepared.Dispose();
            }
        }
    }
}
