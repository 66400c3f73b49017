using Sangam.Ocr.Native;

namespace Sangam.Ocr.Imaging;

/// <summary>
/// The height of a page's printed letters, measured from the letters themselves: the connected components of the
/// binarised page that are shaped like letters, and the height that most of them reach. It tells the size the text is
/// printed at in pixels, which is what recognition depends on, whatever the page's recorded or guessed resolution.
/// </summary>
internal static class LetterHeight
{
    /// <summary>Below this many letter-shaped marks the page holds too little text to measure (a logo, a stamp, noise).</summary>
    public const int MinimumLetters = 40;

    /// <summary>Smaller marks are specks, dots and accents, or letters too small to be measured at all.</summary>
    private const int SmallestLetterPixels = 5;

    /// <summary>A mark wider than this many times its height is a rule, an underline or letters run together along a line.</summary>
    private const double WidestLetter = 2.0;

    /// <summary>A mark taller than this many times its width is a table's rule or a box's side (an "l" or a "1" is about 4-5).</summary>
    private const double TallestLetter = 8.0;

    /// <summary>
    /// The share of letters at or below the height returned. Invoices print mostly digits and capitals (one height)
    /// among lower-case letters (the x-height, about 0.7 of it); the upper quartile lands on the capitals' and digits'
    /// height when either kind dominates.
    /// </summary>
    private const double CapitalQuantile = 0.75;

    /// <summary>The capital and digit height of the page's letters in pixels; null when too few marks look like letters.</summary>
    public static double? Measure(PixHandle binary, int largestLetterPixels)
    {
        var boxes = Leptonica.ComponentBoxes(binary, Leptonica.EightConnected);
        if (boxes == nint.Zero)
        {
            throw new InvalidOperationException("Leptonica could not find the page's connected components.");
        }

        try
        {
            var count = Leptonica.BoxCount(boxes);
            var sizes = new List<(int Width, int Height)>(count);
            for (var i = 0; i < count; i++)
            {
                if (Leptonica.GetBoxGeometry(boxes, i, out _, out _, out var width, out var height) == 0)
                {
                    sizes.Add((width, height));
                }
            }

            return OfCapitals(sizes, largestLetterPixels);
        }
        finally
        {
            Leptonica.DestroyBoxes(ref boxes);
        }
    }

    /// <summary>The capital height among marks of these sizes (width, height in pixels); null when fewer than <see cref="MinimumLetters"/> look like letters.</summary>
    public static double? OfCapitals(IEnumerable<(int Width, int Height)> marks, int largestLetterPixels)
    {
        var heights = marks
            .Where(mark => mark.Height >= SmallestLetterPixels && mark.Height <= largestLetterPixels
                && mark.Width <= WidestLetter * mark.Height && mark.Height <= TallestLetter * mark.Width)
            .Select(mark => mark.Height)
            .Order()
            .ToList();
        return heights.Count < MinimumLetters ? null : heights[(int)(CapitalQuantile * (heights.Count - 1))];
    }
}
