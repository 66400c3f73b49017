using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using PigDocument = UglyToad.PdfPig.PdfDocument;
using Word = Sangam.Ocr.Layout.Word;

namespace Sangam.Ocr.Pages;

/// <summary>
/// A PDF read with PdfPig. A page with a text layer gives exact words and needs no OCR; a scanned page
/// gives its one embedded image as is; anything else is rendered by <see cref="PdfRasterizer"/>.
/// </summary>
internal sealed class PdfPageSource : PageSource
{
    private const double PointsPerInch = 72;

    /// <summary>An image covering this share of the page is taken to be the page itself (a scan).</summary>
    private const double ScanCoverage = 0.8;

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly PigDocument _document;
    private readonly PageSourceOptions _options;
    private readonly Lock _documentGate = new();

    private PdfPageSource(ReadOnlyMemory<byte> bytes, PigDocument document, PageSourceOptions options)
    {
        _bytes = bytes;
        _document = document;
        _options = options;
        PageCount = document.NumberOfPages;
    }

    public override SourceKind Kind => SourceKind.Pdf;

    public override int PageCount { get; }

    public static ReadResult<PageSource> Create(ReadOnlyMemory<byte> bytes, PageSourceOptions options)
    {
        PigDocument document;
        try
        {
            document = PigDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Failure<PageSource>(ReadErrorCode.Encrypted, "The PDF is encrypted with a password; upload an unprotected copy.");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return ReadResult.Failure<PageSource>(ReadErrorCode.Corrupt, $"The PDF is damaged: {e.Message}");
        }

        if (document.NumberOfPages == 0)
        {
            document.Dispose();
            return ReadResult.Failure<PageSource>(ReadErrorCode.NoPages, "The PDF has no pages.");
        }

        return ReadResult.Success<PageSource>(new PdfPageSource(bytes, document, options));
    }

    internal override async Task<ReadResult<PageContent>> LoadPageAsync(int index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PageCount);
        ReadResult<PageContent>? content;
        try
        {
            // PdfPig documents are not safe for concurrent page reads.
            lock (_documentGate)
            {
                content = ReadWithPdfPig(_document.GetPage(index + 1));
            }
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return ReadResult.Failure<PageContent>(ReadErrorCode.Corrupt, $"PDF page {index + 1} is damaged: {e.Message}");
        }

        if (content is not null)
        {
            return content;
        }

        var scale = _options.RenderDpi / PointsPerInch;
        lock (_documentGate)
        {
            var page = _document.GetPage(index + 1);
            if (CheckPixelCap((long)(page.Width * scale), (long)(page.Height * scale), _options) is { } tooBig)
            {
                return ReadResult.Failure<PageContent>(tooBig);
            }
        }

        return await new PdfRasterizer(_options).RenderAsync(_bytes, index + 1, _options.RenderDpi, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _document.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The page's text layer or its scanned image; null when the page must be rendered.</summary>
    private ReadResult<PageContent>? ReadWithPdfPig(Page page)
    {
        var images = page.GetImages().ToList();
        if (page.Letters.Count > 0)
        {
            return ReadResult.Success<PageContent>(TextLayer(page, images));
        }

        var scan = images.Find(image => image.BoundingBox.Area >= ScanCoverage * page.Width * page.Height);
        if (scan is null || images.Count != 1)
        {
            return null;
        }

        if (CheckPixelCap(scan.WidthInSamples, scan.HeightInSamples, _options) is { } tooBig)
        {
            return ReadResult.Failure<PageContent>(tooBig);
        }

        var dpi = (int)Math.Round(scan.WidthInSamples / (scan.BoundingBox.Width / PointsPerInch));
        var decoded = GreyImage.Decode(Encoded(scan), knownPixelsPerInch: dpi);
        return decoded is null ? null : ReadResult.Success<PageContent>(new RasterContent(decoded));
    }

    private TextLayerContent TextLayer(Page page, List<IPdfImage> images)
    {
        // Text-layer words are placed on a 300 dpi pixel grid, the scale OCR output uses.
        const int pixelsPerInch = 300;
        var scale = pixelsPerInch / PointsPerInch;
        var height = page.Height;
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(word => !string.IsNullOrWhiteSpace(word.Text))
            .Select(word => new Word(
                word.Text,
                new Box(
                    (int)(word.BoundingBox.Left * scale),
                    (int)((height - word.BoundingBox.Top) * scale),
                    (int)Math.Ceiling(word.BoundingBox.Right * scale),
                    (int)Math.Ceiling((height - word.BoundingBox.Bottom) * scale)),
                Confidence: 100))
            .ToList();
        var qrCandidates = images
            .Where(image => CheckPixelCap(image.WidthInSamples, image.HeightInSamples, _options) is null)
            .Select(Encoded)
            .ToList();
        return new TextLayerContent((int)(page.Width * scale), (int)(height * scale), pixelsPerInch, words, qrCandidates);
    }

    /// <summary>A form Leptonica can decode: PdfPig re-encodes Flate images as PNG; JPEG and JPEG 2000 pass through.</summary>
    private static byte[] Encoded(IPdfImage image) => image.TryGetPng(out var png) ? png : image.RawBytes.ToArray();
}
