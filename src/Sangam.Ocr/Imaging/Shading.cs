namespace Sangam.Ocr.Imaging;

/// <summary>
/// Grey shading under print: a table's header row, a total on a grey bar. Tesseract's one threshold for the page takes
/// a mid-grey shade for ink, so the print on it is lost in a dark block; the search for print Tesseract skipped takes
/// that block for a rule and erases it. Flattening paints each shaded cell's shade white and the print on it black, so
/// the print reads as print on paper. Shades darker than <see cref="Darkest"/> carry white print, which Tesseract's
/// inverted retry reads (<see cref="DarkBands"/>); paper and print on it are left as they are.
/// </summary>
internal static class Shading
{
    /// <summary>Cells a sixteenth of an inch square: a shade's level is taken per cell, as a scan's shading drifts across the page.</summary>
    private const double CellInches = 1.0 / 16;

    /// <summary>A cell's background is the grey level at least half its pixels lie within this of: an even shade, not a gradient or a halftone.</summary>
    private const int Spread = 12;

    /// <summary>The share of a cell's pixels its shade must hold.</summary>
    private const double BackgroundShare = 0.5;

    /// <summary>A cell's shade is judged from every other pixel of every other row.</summary>
    private const int SampleStep = 2;

    /// <summary>A background at least this light is paper.</summary>
    private const int Lightest = 224;

    /// <summary>A background darker than this is a dark band, whose print is white.</summary>
    private const int Darkest = 96;

    /// <summary>Print on a shade is at least this much darker than it (black on a 128 grey is about 70 darker).</summary>
    private const int InkContrast = 48;

    /// <summary>Flattens every shaded cell of <paramref name="page"/> (read at <paramref name="pixelsPerInch"/>) in place.</summary>
    public static void Flatten(GreyImage page, int pixelsPerInch)
    {
        var cell = Math.Max(4, (int)Math.Round(pixelsPerInch * CellInches));
        var luminance = page.ToLuminance();
        var shades = Shades(luminance, page.Width, page.Height, cell);
        var (rows, columns) = (shades.GetLength(0), shades.GetLength(1));
        var flattened = false;
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                // A cell at a shade's edge, mostly paper, keeps the print in it and loses the strip of shade, which
                // would otherwise be read as a bar beside the shade's last word.
                var (shade, edge) = shades[row, column] is { } own ? (own, false) : (Neighbouring(shades, row, column), true);
                if (shade is null)
                {
                    continue;
                }

                flattened = true;
                var ink = shade.Value - InkContrast;
                var (left, top) = (column * cell, row * cell);
                for (var y = top; y < Math.Min(top + cell, page.Height); y++)
                {
                    foreach (ref var value in luminance.AsSpan((y * page.Width) + left, Math.Min(cell, page.Width - left)))
                    {
                        value = value >= ink ? (byte)255 : edge ? value : (byte)0;
                    }
                }
            }
        }

        if (flattened)
        {
            page.SetLuminance(luminance);
        }
    }

    /// <summary>
    /// Each cell's shade, null where it is paper, print or anything but an even grey. Every other pixel of every other
    /// row is enough to tell a shade; most cells are paper, and are passed over once their samples show it.
    /// </summary>
    private static int?[,] Shades(byte[] luminance, int width, int height, int cell)
    {
        var shades = new int?[(height + cell - 1) / cell, (width + cell - 1) / cell];
        var histogram = new int[256];
        for (var row = 0; row < shades.GetLength(0); row++)
        {
            for (var column = 0; column < shades.GetLength(1); column++)
            {
                var (left, top) = (column * cell, row * cell);
                var (right, bottom) = (Math.Min(left + cell, width), Math.Min(top + cell, height));
                Array.Clear(histogram);
                var (samples, grey) = (0, 0);
                for (var y = top; y < bottom; y += SampleStep)
                {
                    for (var x = left; x < right; x += SampleStep)
                    {
                        var value = luminance[(y * width) + x];
                        histogram[value]++;
                        samples++;
                        grey += value is >= Darkest - Spread and < Lightest + Spread ? 1 : 0;
                    }
                }

                shades[row, column] = grey >= BackgroundShare * samples ? Background(histogram, samples) : null;
            }
        }

        return shades;
    }

    /// <summary>The shade of a shaded cell beside or diagonal to this one, if any.</summary>
    private static int? Neighbouring(int?[,] shades, int row, int column)
    {
        for (var y = Math.Max(0, row - 1); y <= Math.Min(shades.GetLength(0) - 1, row + 1); y++)
        {
            for (var x = Math.Max(0, column - 1); x <= Math.Min(shades.GetLength(1) - 1, column + 1); x++)
            {
                if (shades[y, x] is { } shade)
                {
                    return shade;
                }
            }
        }

        return null;
    }

    /// <summary>The cell's shade: the level with the most pixels within <see cref="Spread"/> of it, when they are half the cell and it is grey; else null.</summary>
    private static int? Background(int[] histogram, int pixels)
    {
        var (best, count) = (0, 0);
        var window = 0;
        for (var level = 0; level < 256 + Spread; level++)
        {
            // window = pixels in [level - 2 Spread, level]: centred on level - Spread.
            window += level < 256 ? histogram[level] : 0;
            window -= level - (2 * Spread) - 1 >= 0 ? histogram[level - (2 * Spread) - 1] : 0;
            if (window > count)
            {
                (best, count) = (level - Spread, window);
            }
        }

        return count >= BackgroundShare * pixels && best is >= Darkest and < Lightest ? best : null;
    }
}
