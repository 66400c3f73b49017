using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Pages;

/// <summary>What one page yields before recognition: exact words from a PDF text layer, or a picture to OCR.</summary>
internal abstract class PageContent : IDisposable
{
    public abstract void Dispose();
}

/// <summary>
/// A PDF page with a text layer: words are exact and need no OCR. Coordinates are converted to pixels
/// at <see cref="PdfTextLayer.PixelsPerInch"/> so layout code sees one coordinate system. Embedded images are kept
/// encoded for the QR decoder. Words the text layer does not decode are listed by place, with the page
/// rendered at the same scale to read them from.
/// </summary>
internal sealed class TextLayerContent(PdfTextLayer layer, IReadOnlyList<byte[]> images, GreyImage? rendering)
    : PageContent
{
    public int Width => layer.Width;

    public int Height => layer.Height;

    public IReadOnlyList<Word> Words => layer.Words;

    public IReadOnlyList<byte[]> EmbeddedImages { get; } = images;

    /// <summary>Where words are printed that the text layer does not decode.</summary>
    public IReadOnlyList<Box> Undecodable => layer.Undecodable;

    /// <summary>The page rendered on the same grid, present when <see cref="Undecodable"/> is not empty.</summary>
    public GreyImage? Rendering { get; } = rendering;

    /// <summary>The same page with its rendering, which the new content owns.</summary>
    public TextLayerContent WithRendering(GreyImage page) => new(layer, EmbeddedImages, page);

    public override void Dispose() => Rendering?.Dispose();
}

/// <summary>A page picture: a scan, a photo, or a rendered PDF page.</summary>
/// <param name="image">The picture.</param>
/// <param name="isPhoto">
/// An image file that records no scanner's resolution: a phone photo or a screenshot, rather than a scanned or rendered
/// sheet.
/// </param>
internal sealed class RasterContent(GreyImage image, bool isPhoto = false) : PageContent
{
    public GreyImage Image { get; } = image;

    public bool IsPhoto { get; } = isPhoto;

    public override void Dispose() => Image.Dispose();
}
