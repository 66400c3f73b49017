using ZXing;
using ZXing.Common;

namespace Sangam.Ocr.Qr;

/// <summary>Dark below one grey level, light from it up: the same cut everywhere, unlike ZXing's own binarizers.</summary>
internal sealed class FixedThresholdBinarizer(LuminanceSource source, int threshold) : Binarizer(source)
{
    private BitMatrix? _matrix;

    /// <summary>Cut once, on first use, as ZXing's own binarizers keep theirs.</summary>
    public override BitMatrix BlackMatrix => _matrix ??= Cut();

    public override BitArray getBlackRow(int y, BitArray row)
    {
        var pixels = LuminanceSource.getRow(y, null);
        row = row is not null && row.Size >= Width ? row : new BitArray(Width);
        row.clear();
        for (var x = 0; x < Width; x++)
        {
            if (pixels[x] < threshold)
            {
                row[x] = true;
            }
        }

        return row;
    }

    public override Binarizer createBinarizer(LuminanceSource source) => new FixedThresholdBinarizer(source, threshold);

    private BitMatrix Cut()
    {
        var pixels = LuminanceSource.Matrix;
        var matrix = new BitMatrix(Width, Height);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (pixels[(y * Width) + x] < threshold)
                {
                    matrix[x, y] = true;
                }
            }
        }

        return matrix;
    }

    /// <summary>The grey level that best splits <paramref name="pixels"/> into dark and light (Otsu's method).</summary>
    public static int OtsuThreshold(byte[] pixels)
    {
        var histogram = new long[256];
        foreach (var pixel in pixels)
        {
            histogram[pixel]++;
        }

        var total = pixels.LongLength;
        var sum = 0.0;
        for (var level = 0; level < 256; level++)
        {
            sum += level * (double)histogram[level];
        }

        var (below, sumBelow, best, threshold) = (0L, 0.0, -1.0, 128);
        for (var level = 0; level < 256; level++)
        {
            below += histogram[level];
            if (below == 0 || below == total)
            {
                continue;
            }

            sumBelow += level * (double)histogram[level];
            var meanBelow = sumBelow / below;
            var meanAbove = (sum - sumBelow) / (total - below);
            var between = (double)below * (total - below) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                (best, threshold) = (between, level + 1);
            }
        }

        return threshold;
    }
}
