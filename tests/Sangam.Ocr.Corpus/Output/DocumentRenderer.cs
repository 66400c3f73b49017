using Sangam.Ocr.Corpus.Drawing;
using SkiaSharp;

namespace Sangam.Ocr.Corpus.Output;

/// <summary>Turns drawn pages into the bytes of a file in the requested format and condition.</summary>
public static class DocumentRenderer
{
    /// <param name="seed">Drives the noise, so the same seed gives the same file.</param>
    public static byte[] Render(IReadOnlyList<PageDrawing> pages, RenderSpec spec, int seed = 0)
    {
        if (spec.Format == OutputFormat.TextPdf)
        {
            return PdfWriter.WriteTextLayer(pages);
        }

        var random = new Random(seed);
        var rasters = pages.Select(page => RenderPage(page, spec, random)).ToList();
        try
        {
            return spec.Format switch
            {
                // A rendered or scanned sheet records its resolution; a phone's JPEG or WebP photo does not.
                OutputFormat.Png => PngHeader.WithResolution(PageImaging.Encode(Single(rasters), SKEncodedImageFormat.Png), spec.Dpi),
                OutputFormat.Jpeg => PageImaging.Encode(Single(rasters), SKEncodedImageFormat.Jpeg, Quality(spec)),
                OutputFormat.WebP => PageImaging.Encode(Single(rasters), SKEncodedImageFormat.Webp, Quality(spec)),
                OutputFormat.Tiff => TiffWriter.Write([.. rasters.Select(r => (PageImaging.ToGrey(r), r.Width, r.Height, spec.Dpi))]),
                OutputFormat.ScannedPdf => PdfWriter.WriteScanned([.. rasters.Select(r => PageImaging.Encode(r, SKEncodedImageFormat.Jpeg, Quality(spec)))]),
                _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Format, "Unknown output format."),
            };
        }
        finally
        {
            rasters.ForEach(raster => raster.Dispose());
        }
    }

    /// <summary>One page as an in-memory bitmap, degraded as the spec says.</summary>
    public static SKBitmap RenderPage(PageDrawing page, RenderSpec spec, Random random)
    {
        using var clean = RasterRenderer.Render(page, spec.Dpi);
        return PageImaging.Degrade(clean, spec.Degradation, random);
    }

    private static int Quality(RenderSpec spec) => spec.Degradation.JpegQuality > 0 ? spec.Degradation.JpegQuality : 92;

    private static SKBitmap Single(List<SKBitmap> rasters) =>
        rasters.Count == 1 ? rasters[0] : throw new ArgumentException("PNG, JPEG and WebP hold one page; use TIFF or PDF for several.");
}
