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
/// at <see cref="PixelsPerInch"/> so layout code sees one coordinate system. Embedded images are kept
/// encoded for the QR decoder.
/// </summary>
internal sealed class TextLayerContent(int width, int height, int pixelsPerInch, IReadOnlyList<Word> words, IReadOnlyList<byte[]> images)
    : PageContent
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public int PixelsPerInch { get; } = pixelsPerInch;

    public IReadOnlyList<Word> Words { get; } = words;

    public IReadOnlyList<byte[]> EmbeddedImages { get; } = images;

    public override void Dispose()
    {
    }
}

/// <summary>A page picture: a scan, a photo, or a rendered PDF page.</summary>
internal sealed class RasterContent(GreyImage image) : PageContent
{
    public GreyImage Image { get; } = image;

    public override void Dispose() => Image.Dispose();
}
