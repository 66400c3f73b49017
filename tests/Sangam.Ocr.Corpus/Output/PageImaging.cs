using SkiaSharp;

namespace Sangam.Ocr.Corpus.Output;

/// <summary>Applies a <see cref="Degradation"/> to a rendered page and encodes it.</summary>
public static class PageImaging
{
    public static SKBitmap Degrade(SKBitmap page, Degradation degradation, Random random)
    {
        var turned = degradation.QuarterTurns % 4 == 0 ? page.Copy() : RotateQuarterTurns(page, degradation.QuarterTurns);
        if (degradation.RotationDegrees == 0 && degradation.BlurSigma == 0 && degradation.NoiseSigma == 0)
        {
            return turned;
        }

        var result = new SKBitmap(turned.Width, turned.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(result))
        using (var image = SKImage.FromBitmap(turned))
        using (var paint = new SKPaint())
        {
            canvas.Clear(SKColors.White);
            if (degradation.BlurSigma > 0)
            {
                paint.ImageFilter = SKImageFilter.CreateBlur((float)degradation.BlurSigma, (float)degradation.BlurSigma);
            }

            canvas.RotateDegrees((float)degradation.RotationDegrees, turned.Width / 2f, turned.Height / 2f);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        }

        turned.Dispose();
        AddNoise(result, degradation.NoiseSigma, random);
        return result;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 100)
    {
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>Row-major 8-bit grey pixels of the bitmap (for the TIFF writer).</summary>
    public static byte[] ToGrey(SKBitmap bitmap)
    {
        var grey = new byte[bitmap.Width * bitmap.Height];
        var pixels = bitmap.Pixels;
        for (var i = 0; i < grey.Length; i++)
        {
            var c = pixels[i];
            grey[i] = (byte)(((c.Red * 77) + (c.Green * 150) + (c.Blue * 29)) >> 8);
        }

        return grey;
    }

    private static SKBitmap RotateQuarterTurns(SKBitmap page, int quarterTurns)
    {
        var turns = ((quarterTurns % 4) + 4) % 4;
        var swap = turns % 2 == 1;
        var rotated = new SKBitmap(swap ? page.Height : page.Width, swap ? page.Width : page.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(rotated);
        using var image = SKImage.FromBitmap(page);
        canvas.Translate(rotated.Width / 2f, rotated.Height / 2f);
        canvas.RotateDegrees(90 * turns);
        canvas.Translate(-page.Width / 2f, -page.Height / 2f);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return rotated;
    }

    private static void AddNoise(SKBitmap bitmap, double sigma, Random random)
    {
        if (sigma <= 0)
        {
            return;
        }

        // A table of Gaussian samples reused across the page: noise needs no more randomness than that.
        var samples = new int[4096];
        for (var i = 0; i < samples.Length; i++)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            samples[i] = (int)Math.Round(gaussian * sigma);
        }

        var pixels = bitmap.GetPixelSpan();
        var next = random.Next(samples.Length);
        for (var i = 0; i < pixels.Length; i += 4)
        {
            var delta = samples[next];
            next = (next + 1 + (i & 7)) % samples.Length;
            for (var c = 0; c < 3; c++)
            {
                pixels[i + c] = (byte)Math.Clamp(pixels[i + c] + delta, 0, 255);
            }
        }
    }
}
