using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Qr;

/// <summary>
/// Smooth enlargement and sharpening of a region of a grey image, for codes too small or too soft to
/// decode as they are. Nearest-neighbour scaling leaves uneven modules that defeat QR decoders.
/// </summary>
internal static class Resample
{
    public static byte[] Bilinear(byte[] luminance, int width, Box region, double scale, out int outWidth, out int outHeight)
    {
        outWidth = (int)(region.Width * scale);
        outHeight = (int)(region.Height * scale);
        var output = new byte[outWidth * outHeight];
        var maxX = region.Right - 1;
        var maxY = region.Bottom - 1;
        for (var y = 0; y < outHeight; y++)
        {
            var sourceY = region.Top + (y / scale);
            var y0 = (int)sourceY;
            var y1 = Math.Min(y0 + 1, maxY);
            var fy = sourceY - y0;
            for (var x = 0; x < outWidth; x++)
            {
                var sourceX = region.Left + (x / scale);
                var x0 = (int)sourceX;
                var x1 = Math.Min(x0 + 1, maxX);
                var fx = sourceX - x0;
                var top = (luminance[(y0 * width) + x0] * (1 - fx)) + (luminance[(y0 * width) + x1] * fx);
                var bottom = (luminance[(y1 * width) + x0] * (1 - fx)) + (luminance[(y1 * width) + x1] * fx);
                output[(y * outWidth) + x] = (byte)((top * (1 - fy)) + (bottom * fy));
            }
        }

        return output;
    }

    /// <summary>
    /// Catmull-Rom bicubic enlargement: steeper module edges than bilinear, which keeps a blurred code's
    /// dark and light modules apart after binarisation.
    /// </summary>
    public static byte[] Bicubic(byte[] luminance, int width, Box region, double scale, out int outWidth, out int outHeight)
    {
        var columns = (int)(region.Width * scale);
        var rows = (int)(region.Height * scale);
        outWidth = columns;
        outHeight = rows;

        // Separable: rows first into a float buffer, then columns.
        var horizontal = new float[columns * region.Height];
        for (var y = 0; y < region.Height; y++)
        {
            var source = (region.Top + y) * width;
            for (var x = 0; x < columns; x++)
            {
                var sourceX = region.Left + (x / scale);
                var x0 = (int)Math.Floor(sourceX);
                var t = (float)(sourceX - x0);
                float sum = 0;
                for (var k = -1; k <= 2; k++)
                {
                    sum += CatmullRom(t - k) * luminance[source + Math.Clamp(x0 + k, region.Left, region.Right - 1)];
                }

                horizontal[(y * columns) + x] = sum;
            }
        }

        var output = new byte[columns * rows];
        for (var y = 0; y < rows; y++)
        {
            var sourceY = y / scale;
            var y0 = (int)Math.Floor(sourceY);
            var t = (float)(sourceY - y0);
            for (var x = 0; x < columns; x++)
            {
                float sum = 0;
                for (var k = -1; k <= 2; k++)
                {
                    sum += CatmullRom(t - k) * horizontal[(Math.Clamp(y0 + k, 0, region.Height - 1) * columns) + x];
                }

                output[(y * columns) + x] = (byte)Math.Clamp(sum + 0.5f, 0, 255);
            }
        }

        return output;
    }

    /// <summary>
    /// Unsharp masking in place: each pixel moves away from its Gaussian-blurred neighbourhood by
    /// <paramref name="amount"/> times the difference, undoing part of a camera's or scanner's blur.
    /// </summary>
    public static void Sharpen(byte[] pixels, int width, int height, double sigma, double amount)
    {
        var blurred = GaussianBlur(pixels, width, height, sigma);
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)Math.Clamp(pixels[i] + (amount * (pixels[i] - blurred[i])) + 0.5, 0, 255);
        }
    }

    private static float[] GaussianBlur(byte[] pixels, int width, int height, double sigma)
    {
        var radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new float[(2 * radius) + 1];
        for (var i = -radius; i <= radius; i++)
        {
            kernel[i + radius] = (float)Math.Exp(-(i * i) / (2 * sigma * sigma));
        }

        var total = kernel.Sum();
        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= total;
        }

        var horizontal = new float[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                float sum = 0;
                for (var k = -radius; k <= radius; k++)
                {
                    sum += kernel[k + radius] * pixels[(y * width) + Math.Clamp(x + k, 0, width - 1)];
                }

                horizontal[(y * width) + x] = sum;
            }
        }

        var blurred = new float[pixels.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                float sum = 0;
                for (var k = -radius; k <= radius; k++)
                {
                    sum += kernel[k + radius] * horizontal[(Math.Clamp(y + k, 0, height - 1) * width) + x];
                }

                blurred[(y * width) + x] = sum;
            }
        }

        return blurred;
    }

    /// <summary>The Catmull-Rom cubic convolution kernel (a = -0.5).</summary>
    private static float CatmullRom(float distance)
    {
        var d = Math.Abs(distance);
        return d switch
        {
            < 1 => (1.5f * d * d * d) - (2.5f * d * d) + 1,
            < 2 => (-0.5f * d * d * d) + (2.5f * d * d) - (4 * d) + 2,
            _ => 0,
        };
    }
}
