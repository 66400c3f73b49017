using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Qr;

/// <summary>Smooth enlargement of a region of a grey image. Nearest-neighbour scaling leaves uneven modules that defeat QR decoders.</summary>
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
}
