namespace Sangam.Ocr.Recognition;

/// <summary>A run of columns with no ink across a run's letters, in the run's pixels.</summary>
internal readonly record struct Blank(int From, int To)
{
    public int Width => To - From;
}

/// <summary>
/// Where the letters of a detected run of text lie in its cut-out: the band of rows that holds them (a run's box
/// reaches into the lines above and below it), the blank columns across that band, and how wide a blank must be to
/// part two words. The recognition network mostly leaves the spaces between words out of its reading; the pixels keep
/// them.
/// </summary>
internal sealed class RunInk
{
    /// <summary>A blank between words is this much wider than the run's usual blank between letters.</summary>
    private const double SpaceOverLetterGap = 1.8;

    /// <summary>The narrowest and widest a space between words is taken to be, in shares of the letters' height.</summary>
    private static readonly (double Least, double Most) SpaceShare = (0.3, 0.5);

    /// <summary>The band of letters ends where a row's ink falls under this share of the densest row's.</summary>
    private const double BandFloor = 0.1;

    private RunInk(int top, int bottom, List<Blank> blanks, double spaceWidth)
    {
        (Top, Bottom, Blanks, SpaceWidth) = (top, bottom, blanks, spaceWidth);
    }

    /// <summary>First row of the letters' band.</summary>
    public int Top { get; }

    /// <summary>Row after the letters' band.</summary>
    public int Bottom { get; }

    public int LetterHeight => Bottom - Top;

    /// <summary>Every blank across the letters' band, margins included, left to right.</summary>
    public List<Blank> Blanks { get; }

    /// <summary>
    /// How wide a blank parts two words: more than <see cref="SpaceOverLetterGap"/> times the run's median blank (letters
    /// stand apart by one of their own), within <see cref="SpaceShare"/> of the letters' height (a blurred photo runs
    /// most letters together and leaves few blanks to measure).
    /// </summary>
    public double SpaceWidth { get; }

    /// <summary>Measures the run's row-major grey <paramref name="luminance"/>.</summary>
    public static RunInk Measure(byte[] luminance, int width, int height)
    {
        var (ink, paper) = InkAndPaper(luminance);
        var (top, bottom) = LetterBand(luminance, width, height, ink + ((paper - ink) / 2));

        // Anything a quarter of the way from the paper to the ink is ink here: a thin stroke a photo blurs pale still
        // bridges its letter, so no blank opens inside one.
        var blanks = BlankColumns(luminance, width, top, bottom, ink + ((paper - ink) * 3 / 4));
        var inner = blanks.Where(blank => blank.From > 0 && blank.To < width).Select(blank => blank.Width).Order().ToList();
        var letterGap = inner.Count > 0 ? inner[inner.Count / 2] : 0;
        var spaceWidth = Math.Clamp(SpaceOverLetterGap * letterGap, SpaceShare.Least * (bottom - top), SpaceShare.Most * (bottom - top));
        return new RunInk(top, bottom, blanks, spaceWidth);
    }

    /// <summary>The run's ink and paper: the grey levels a twentieth of its pixels are darker, and lighter, than.</summary>
    private static (int Ink, int Paper) InkAndPaper(byte[] luminance)
    {
        Span<int> histogram = stackalloc int[256];
        foreach (var level in luminance)
        {
            histogram[level]++;
        }

        return (Level(histogram, luminance.Length / 20), Level(histogram, luminance.Length * 19 / 20));
    }

    /// <summary>The grey level of the pixel of the given rank, darkest first.</summary>
    private static int Level(ReadOnlySpan<int> histogram, int rank)
    {
        var seen = 0;
        for (var level = 0; level < histogram.Length; level++)
        {
            seen += histogram[level];
            if (seen > rank)
            {
                return level;
            }
        }

        return histogram.Length - 1;
    }

    /// <summary>The band of rows around the run's middle whose ink reaches <see cref="BandFloor"/> of the densest row's.</summary>
    private static (int Top, int Bottom) LetterBand(byte[] luminance, int width, int height, int threshold)
    {
        var profile = new int[height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                profile[y] += luminance[(y * width) + x] < threshold ? 1 : 0;
            }
        }

        var densest = height / 4;
        for (var y = height / 4; y < height * 3 / 4; y++)
        {
            densest = profile[y] > profile[densest] ? y : densest;
        }

        if (profile[densest] == 0)
        {
            return (0, height);
        }

        var floor = Math.Max(1, (int)(profile[densest] * BandFloor));
        var (top, bottom) = (densest, densest + 1);
        while (top > 0 && profile[top - 1] >= floor)
        {
            top--;
        }

        while (bottom < height && profile[bottom] >= floor)
        {
            bottom++;
        }

        return (top, bottom);
    }

    private static List<Blank> BlankColumns(byte[] luminance, int width, int top, int bottom, int threshold)
    {
        var blanks = new List<Blank>();
        var blankFrom = -1;
        for (var x = 0; x <= width; x++)
        {
            var blank = x < width;
            for (var y = top; blank && y < bottom; y++)
            {
                blank = luminance[(y * width) + x] >= threshold;
            }

            if (blank && blankFrom < 0)
            {
                blankFrom = x;
            }
            else if (!blank && blankFrom >= 0)
            {
                blanks.Add(new Blank(blankFrom, x));
                blankFrom = -1;
            }
        }

        return blanks;
    }
}
