using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// Reads the words a PDF text layer does not decode from the page as rendered. Places on one line that nearly touch
/// are read together (an amount printed as a currency sign and its digits is one value); each is cut out with a
/// margin of paper around it and recognised, and the words found inside it take its place, with their positions on
/// the page and their recognition confidence. The rest of the text layer stays exact.
/// </summary>
internal static class UndecodableWordReader
{
    /// <summary>Places closer than this many text heights on a line are one region.</summary>
    private const double JoinGap = 1.0;

    /// <summary>Paper kept around a region, in text heights: Tesseract needs some white around a line to find it.</summary>
    private const double Margin = 0.6;

    /// <summary>The words read in <paramref name="places"/> of <paramref name="page"/>, read at <paramref name="pixelsPerInch"/>.</summary>
    public static async Task<List<Word>> ReadAsync(
        TesseractPool engines, GreyImage page, int pixelsPerInch, IReadOnlyList<Box> places, CancellationToken cancellationToken)
    {
        var words = new List<Word>();
        foreach (var region in Regions(places))
        {
            var margin = (int)Math.Ceiling(Margin * region.Height);
            var cut = region.Grown(margin).ClippedTo(page.Width, page.Height);
            if (cut.Width <= 0 || cut.Height <= 0)
            {
                continue;
            }

            using var crop = page.Cropped(cut);
            var inside = region.Grown(margin / 2);
            words.AddRange((await engines.RecognizeAsync(crop, pixelsPerInch, engines.Options.PageSegmentation, retryInverted: true, cancellationToken))
                .Select(word => word with { Box = word.Box.Shifted(cut.Left, cut.Top) })
                .Where(word => inside.Contains(word.Box.CenterX, word.Box.CenterY)));
        }

        return words;
    }

    /// <summary>Joins places that share a line and nearly touch, until no two do.</summary>
    private static List<Box> Regions(IReadOnlyList<Box> places)
    {
        var regions = places.OrderBy(place => place.Top).ThenBy(place => place.Left).ToList();
        for (var joined = true; joined;)
        {
            joined = false;
            for (var i = 0; i < regions.Count && !joined; i++)
            {
                for (var j = i + 1; j < regions.Count && !joined; j++)
                {
                    if (Neighbours(regions[i], regions[j]))
                    {
                        regions[i] = regions[i].Union(regions[j]);
                        regions.RemoveAt(j);
                        joined = true;
                    }
                }
            }
        }

        return regions;
    }

    /// <summary>On one line and at most <see cref="JoinGap"/> text heights apart.</summary>
    public static bool Neighbours(Box a, Box b) => a.SharesLineWith(b) && a.HorizontalGap(b) <= JoinGap * Math.Max(a.Height, b.Height);
}
