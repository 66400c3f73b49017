using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;
using Sangam.Ocr.Qr;

namespace Sangam.Ocr;

/// <summary>How a page's words were obtained.</summary>
public enum TextOrigin
{
    /// <summary>Read exactly from the PDF's text layer.</summary>
    PdfTextLayer,

    /// <summary>Recognised by Tesseract from pixels.</summary>
    Ocr,

    /// <summary>
    /// Read from the PDF's text layer, but for the words it does not decode (a font without a usable Unicode map),
    /// which were recognised from the rendered page and carry their recognition confidence.
    /// </summary>
    PdfTextLayerAndOcr,
}

/// <summary>Everything read from one page: words, lines, QR codes, and how it was done.</summary>
/// <param name="PageNumber">1-based.</param>
/// <param name="Width">Page width in the pixels the boxes use.</param>
/// <param name="Height">Page height in the pixels the boxes use.</param>
/// <param name="Origin">Text layer, OCR, or both.</param>
/// <param name="Words">Words with boxes and confidences.</param>
/// <param name="Lines">Words grouped into lines and phrases.</param>
/// <param name="QrCodes">Every QR code decoded on the page.</param>
/// <param name="Preprocessing">Resolution, rotation and skew handling (OCR pages only).</param>
/// <param name="PreprocessTime">Time spent on resolution, orientation and skew.</param>
/// <param name="OcrTime">Time spent in recognition.</param>
/// <param name="QrTime">Time spent finding and decoding QR codes.</param>
public sealed record PageReading(
    int PageNumber,
    int Width,
    int Height,
    TextOrigin Origin,
    IReadOnlyList<Word> Words,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<QrCode> QrCodes,
    Preprocessing? Preprocessing,
    TimeSpan PreprocessTime,
    TimeSpan OcrTime,
    TimeSpan QrTime);
