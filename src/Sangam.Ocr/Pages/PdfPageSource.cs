using Sangam.Ocr.Imaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Sangam.Ocr.Pages;

/// <summary>
/// A PDF read with PdfPig. A page with a text layer gives exact words and needs no OCR, but for the words it does not
/// decode (read from the page rendered by <see cref="PdfRasterizer"/>, or the whole page when most of it does not
/// decode); a scanned page gives its one embedded image as is; anything else is rendered. A page whose text is mostly
/// invisible (a scanner's OCR laid over its scan) is read from its pixels like a page without text.
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
    private readonly TextDecoding _decoding;

    private PdfPageSource(ReadOnlyMemory<byte> bytes, PigDocument document, PageSourceOptions options)
    {
        _bytes = bytes;
        _document = document;
        _options = options;
        _decoding = new TextDecoding(document);
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

        if (content?.Value is TextLayerContent { Undecodable.Count: > 0 } text)
        {
            // The words the text layer does not decode are read from the page as printed.
            using (text)
            {
                var rendered = await RenderAsync(index, PdfTextLayer.PixelsPerInch, cancellationToken);
                return rendered.Succeeded
                    ? ReadResult.Success<PageContent>(text.WithRendering(rendered.Value!))
                    : ReadResult.Failure<PageContent>(rendered.Error!);
            }
        }

        if (content is not null)
        {
            return content;
        }

        var page = await RenderAsync(index, _options.RenderDpi, cancellationToken);
        return page.Succeeded ? ReadResult.Success<PageContent>(new RasterContent(page.Value!)) : ReadResult.Failure<PageContent>(page.Error!);
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
        // An invisible text layer is not kept even as a fallback: the scanner's reading of the page is the one that
        // needs checking, and offering its words beside Sangam's would let the extraction pick the wrong one.
        if (page.Letters.Count > 0 && !PdfTextLayer.MostlyInvisible(page))
        {
            var layer = PdfTextLayer.Read(page, _decoding);

            // Words are pieced into an upright page's text layer only; a turned page that needs OCR is read whole.
            return layer.MostlyUndecodable || (layer.Undecodable.Count > 0 && page.Rotation.Value != 0)
                ? null
                : ReadResult.Success<PageContent>(new TextLayerContent(layer, QrCandidates(images), rendering: null));
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

    /// <summary>Renders page <paramref name="index"/>, unless it would exceed the pixel cap.</summary>
    private async Task<ReadResult<GreyImage>> RenderAsync(int index, int dpi, CancellationToken cancellationToken)
    {
        var scale = dpi / PointsPerInch;
        lock (_documentGate)
        {
            var page = _document.GetPage(index + 1);
            if (CheckPixelCap((long)(page.Width * scale), (long)(page.Height * scale), _options) is { } tooBig)
            {
                return ReadResult.Failure<GreyImage>(tooBig);
            }
        }

        return await new PdfRasterizer(_options).RenderAsync(_bytes, index + 1, dpi, cancellationToken);
    }

    private List<byte[]> QrCandidates(List<IPdfImage> images) =>
        images.Where(image => CheckPixelCap(image.WidthInSamples, image.HeightInSamples, _options) is null).Select(Encoded).ToList();

    /// <summary>A form Leptonica can decode: PdfPig re-encodes Flate images as PNG; JPEG and JPEG 2000 pass through.</summary>
    private static byte[] Encoded(IPdfImage image) => image.TryGetPng(out var png) ? png : image.RawBytes.ToArray();
}
