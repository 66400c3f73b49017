namespace Sangam.Ocr.Imaging;

/// <summary>
/// How much to enlarge or reduce a page before recognition. The recorded (or guessed) resolution says how large a page
/// is, not how large its letters are: a photo of a receipt, a crop, a page photographed from afar or printed in small
/// type all put their letters far from the size Tesseract reads best at. Where the letters can be measured and the
/// resolution rule would leave them far from that size, their height decides; otherwise the resolution rule stands.
/// </summary>
internal static class PageScale
{
    public const int TargetPixelsPerInch = 300;

    /// <summary>Below this, Tesseract's accuracy on 8-10 pt text drops; such pages are upscaled.</summary>
    public const int MinimumPixelsPerInch = 240;

    /// <summary>Above this, recognition slows without gaining accuracy; such pages are downscaled.</summary>
    public const int MaximumPixelsPerInch = 400;

    /// <summary>Enlarging further invents no detail and costs the square of the factor in recognition time.</summary>
    public const double MaximumUpscale = 2.5;

    /// <summary>A 1200 dpi scan brought to 300 dpi; smaller factors would leave too few pixels of a page to find its lines in.</summary>
    public const double MinimumDownscale = 0.25;

    /// <summary>
    /// Capital height in pixels Tesseract's LSTM reads best: about 30 (Willus Dotkom's measurements, cited by
    /// Tesseract's "Improving the quality of the output"), a 10 pt capital at 300 dpi.
    /// </summary>
    public const double TargetCapitalPixels = 30;

    /// <summary>
    /// Capital heights left as the resolution rule makes them. Measured on real pages: bringing every page's capitals to
    /// the target (150 dpi scans enlarged 2.5 times, 300 dpi pages by up to 1.4) read more text but fewer key fields,
    /// and shrinking hand-written bills whose letters were 40-60 pixels lost some of their values; only letters far
    /// off the target (a photo's, a crop's, small print) are worth resampling for.
    /// </summary>
    public const double SmallestGoodCapitalPixels = 20;

    public const double LargestGoodCapitalPixels = 60;

    /// <summary>
    /// The factor to scale the page by, given its resolution and the capital height of its letters in pixels (null
    /// when the page has too few letters to measure).
    /// </summary>
    public static double Factor(int pixelsPerInch, double? capitalPixels)
    {
        var byResolution = pixelsPerInch is < MinimumPixelsPerInch or > MaximumPixelsPerInch
            ? Math.Min(MaximumUpscale, (double)TargetPixelsPerInch / pixelsPerInch)
            : 1.0;
        if (capitalPixels is not { } letters)
        {
            return byResolution;
        }

        var scaledLetters = letters * byResolution;
        return scaledLetters >= SmallestGoodCapitalPixels && scaledLetters <= LargestGoodCapitalPixels
            ? byResolution
            : Math.Clamp(TargetCapitalPixels / letters, MinimumDownscale, MaximumUpscale);
    }
}
