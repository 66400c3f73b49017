namespace Sangam.Ocr.Imaging;

/// <summary>
/// Whether a sheet may print white on a dark band (a total on a coloured bar, a table header or a logo in reverse): a
/// run of dark paper at least an inch long. Tesseract finds such print only by reading a poorly read line again
/// inverted, a retry that costs up to a tenth of its time on a noisy scan; a sheet without a band is read without it.
/// </summary>
internal static class DarkBands
{
    /// <summary>Cells a sixteenth of an inch square: a band under 10 pt print covers a row of them whole.</summary>
    private const double CellInches = 1.0 / 16;

    /// <summary>A pixel darker than this is ink or band (a deep red band is about 95, a grey table shading 140 or more).</summary>
    private const int Dark = 128;

    /// <summary>
    /// A cell this much dark is band: white letters take a fifth of a band's cells, while print on paper, even bold, or a
    /// QR code's modules cover at most about half of one.
    /// </summary>
    private const double BandShare = 0.6;

    private const double BandInches = 1.0;

    /// <summary>Margins left out: a scanner's shadow along a sheet's edge is no band.</summary>
    private const double EdgeInches = 0.3;

    /// <summary>Whether <paramref name="page"/>, read at <paramref name="pixelsPerInch"/>, has a dark band.</summary>
    public static bool OnPage(GreyImage page, int pixelsPerInch)
    {
        var cell = Math.Max(1, (int)Math.Round(pixelsPerInch * CellInches));
        var edge = (int)Math.Round(pixelsPerInch * EdgeInches);
        var columns = (page.Width - (2 * edge)) / cell;
        var rows = (page.Height - (2 * edge)) / cell;
        var band = (int)Math.Ceiling(BandInches / CellInches);
        if (columns < band || rows < 1)
        {
            return false;
        }

        var luminance = page.ToLuminance();
        var darkPixels = new int[columns];
        var least = (int)Math.Ceiling(BandShare * cell * cell);
        for (var row = 0; row < rows; row++)
        {
            Array.Clear(darkPixels);
            for (var y = edge + (row * cell); y < edge + ((row + 1) * cell); y++)
            {
                var line = luminance.AsSpan((y * page.Width) + edge, columns * cell);
                for (var column = 0; column < columns; column++)
                {
                    foreach (var value in line.Slice(column * cell, cell))
                    {
                        darkPixels[column] += value < Dark ? 1 : 0;
                    }
                }
            }

            var run = 0;
            foreach (var count in darkPixels)
            {
                run = count >= least ? run + 1 : 0;
                if (run >= band)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
