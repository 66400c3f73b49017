using Sangam.Ocr.Native;
using Sangam.Ocr.Recognition;

namespace Sangam.Ocr.Imaging;

/// <summary>What preprocessing found and did to a page image, and how its text was then found.</summary>
/// <param name="PixelsPerInch">Resolution the page was recognised at.</param>
/// <param name="QuarterTurns">Clockwise quarter turns applied to make text upright.</param>
/// <param name="SkewDegrees">Small rotation applied to straighten the text lines.</param>
/// <param name="Segmentation">How Tesseract segments the page: as a block for a scanned or rendered sheet, as sparse text for a photo.</param>
public sealed record Preprocessing(int PixelsPerInch, int QuarterTurns, double SkewDegrees, PageSegmentation Segmentation)
{
    /// <summary>What read the page's text.</summary>
    public PageRecognizer Recognizer { get; init; } = PageRecognizer.Tesseract;
}

/// <summary>What reads a page's text from its pixels.</summary>
public enum PageRecognizer
{
    /// <summary>Tesseract, as <see cref="Preprocessing.Segmentation"/> says, its doubtful figures read again by the line network when it is loaded.</summary>
    Tesseract,

    /// <summary>PP-OCRv4's detection and line-recognition networks (photos, when the networks are loaded).</summary>
    Networks,
}

/// <summary>
/// Makes a page image fit for Tesseract: resolution near 300 dpi, text upright, lines level.
/// Every step is cheap (Leptonica, tens of milliseconds) next to recognition itself.
/// </summary>
internal static class PagePreprocessor
{
    /// <summary>A4 short side in inches, to estimate the resolution of images that do not record one.</summary>
    private const double A4ShortSideInches = 8.27;

    private const int TargetPixelsPerInch = 300;

    /// <summary>Below this, Tesseract's accuracy on 8-10 pt text drops; such pages are upscaled.</summary>
    private const int MinimumPixelsPerInch = 240;

    /// <summary>Above this, recognition slows without gaining accuracy; such pages are downscaled.</summary>
    private const int MaximumPixelsPerInch = 400;

    private const double MaximumUpscale = 2.5;

    /// <summary>A quarter inch: the height of an 18 pt capital with room to spare; anything larger is a rule, a bar or a picture.</summary>
    private const double LargestLetterInches = 0.25;

    private const double MinimumSkewDegrees = 0.15;
    private const double MinimumSkewConfidence = 2.0;

    /// <summary>Returns the image to recognise (possibly <paramref name="page"/> itself) and what was done.</summary>
    /// <param name="page">The page as loaded.</param>
    /// <param name="segmentation">How the prepared page will be segmented, for the report.</param>
    public static (GreyImage Image, Preprocessing Report) Prepare(GreyImage page, PageSegmentation segmentation)
    {
        var dpi = EstimatePixelsPerInch(page);
        var current = page;
        if (dpi is < MinimumPixelsPerInch or > MaximumPixelsPerInch)
        {
            // A small crop (a receipt, a label) would otherwise be blown up many times over.
            var factor = Math.Min(MaximumUpscale, (double)TargetPixelsPerInch / dpi);
            current = Replace(current, page, current.Scaled(factor));
            dpi = (int)Math.Round(dpi * factor);
        }

        var quarterTurns = UprightQuarterTurns(current, dpi);
        if (quarterTurns != 0)
        {
            current = Replace(current, page, current.RotatedQuarterTurns(quarterTurns));
        }

        var skew = SkewDegrees(current);
        if (skew != 0)
        {
            current = Replace(current, page, current.Rotated(skew));
        }

        return (current, new Preprocessing(dpi, quarterTurns, skew, segmentation));
    }

    private static int EstimatePixelsPerInch(GreyImage page)
    {
        if (page.RecordsResolution)
        {
            return page.PixelsPerInch;
        }

        // Unrecorded: assume the short side is an A4 or Letter page's.
        return (int)Math.Round(Math.Min(page.Width, page.Height) / A4ShortSideInches);
    }

    /// <summary>
    /// Leptonica's ascender/descender statistics, judged by its own decision rule (default thresholds:
    /// up-confidence 8, ratio 2.5). Weak or ambiguous evidence leaves the page as it is: a table of
    /// digits has few ascenders, and turning an upright page sideways ruins it. The page is turned only
    /// when the statistics over every mark and over the letter-sized marks alone agree: a column of
    /// barcode bars or a table's rules can make the first say "sideways" on an upright bill, and the
    /// specks of a photo's background, with the large marks gone, can make the second say "upside down".
    /// </summary>
    private static int UprightQuarterTurns(GreyImage image, int pixelsPerInch)
    {
        using var marks = image.ToBinary();
        var turns = UprightQuarterTurns(marks);
        if (turns == 0)
        {
            // Most pages: upright by every mark, so there is nothing for the letter-sized marks to confirm.
            return 0;
        }

        var largestLetter = (int)Math.Round(pixelsPerInch * LargestLetterInches);
        using var letters = Leptonica.SelectBySize(
            marks, largestLetter, largestLetter, Leptonica.EightConnected, Leptonica.SelectIfBoth, Leptonica.SelectIfAtMost, out _);
        if (letters.IsInvalid)
        {
            throw new InvalidOperationException("Leptonica could not select the page's letter-sized marks.");
        }

        return turns == UprightQuarterTurns(letters) ? turns : 0;
    }

    private static int UprightQuarterTurns(PixHandle binary)
    {
        if (Leptonica.DetectOrientation(binary, out var up, out var left, 0, 0) != 0
            || Leptonica.MakeOrientationDecision(up, left, 0, 0, out var orientation, 0) != 0)
        {
            return 0;
        }

        // Leptonica reports which way the text points: 2 "left" needs a clockwise quarter turn,
        // 3 "down" a half turn, 4 "right" three quarter turns; 0 unknown and 1 up need nothing.
        return orientation switch
        {
            2 => 1,
            3 => 2,
            4 => 3,
            _ => 0,
        };
    }

    private static double SkewDegrees(GreyImage image)
    {
        using var binary = image.ToBinary();
        if (Leptonica.FindSkew(binary, out var degrees, out var confidence) != 0 || confidence < MinimumSkewConfidence)
        {
            return 0;
        }

        return Math.Abs(degrees) < MinimumSkewDegrees ? 0 : degrees;
    }

    /// <summary>Disposes intermediate images but never the caller's original.</summary>
    private static GreyImage Replace(GreyImage current, GreyImage original, GreyImage next)
    {
        if (!ReferenceEquals(current, original))
        {
            current.Dispose();
        }

        return next;
    }
}
