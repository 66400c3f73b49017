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

    public static async Task<List<Word>> ReadAsync(TesseractPool engines, GreyImage page, IReadOnlyList<Box> places, CancellationToken cancellationToken)
    {
        var words = new List<Word>();
        foreach (var region in Regions(places))
        {
            var margin = (int)Math.Ceiling(Margin * region.Height);
            var cut = Clip(Grow(region, margin), page.Width, page.Height);
            if (cut.Width <= 0 || cut.Height <= 0)
            {
                continue;
            }

            using var crop = page.Cropped(cut);
            var inside = Grow(region, margin / 2);
            words.AddRange((await engines.RecognizeAsync(crop, page.PixelsPerInch, cancellationToken))
                .Select(word => word with { Box = Shift(word.Box, cut.Left, cut.Top) })
                .Where(word => Contains(inside, word.Box.CenterX, word.Box.CenterY)));
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

    private static bool Neighbours(Box a, Box b)
    {
        var height = Math.Min(a.Height, b.Height);
        var gap = Math.Max(a.Left, b.Left) - Math.Min(a.Right, b.Right);
        return a.VerticalOverlap(b) >= height / 2.0 && gap <= JoinGap * Math.Max(a.Height, b.Height);
    }

    private static Box Grow(Box box, int by) => new(box.Left - by, box.Top - by, box.Right + by, box.Bottom + by);

    private static Box Clip(Box box, int width, int height) =>
        new(Math.Max(0, box.Left), Math.Max(0, box.Top), Math.Min(width, box.Right), Math.Min(height, box.Bottom));

    private static Box Shift(Box box, int x, int y) => new(box.Left + x, box.Top + y, box.Right + x, box.Bottom + y);

    private static bool Contains(Box box, double x, double y) => x >= box.Left && x < box.Right && y >= box.Top && y < box.Bottom;
}
