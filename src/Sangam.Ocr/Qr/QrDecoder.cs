using Sangam.Ocr.Layout;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;
using ZXing.QrCode.Internal;

namespace Sangam.Ocr.Qr;

/// <summary>
/// Finds and decodes every QR code on a grey page with ZXing. When the whole-page pass finds nothing
/// but QR finder patterns are present, the code's region is cut out, enlarged and decoded again: dense
/// e-invoice codes (version 25, ~1000 characters) at 2-3 pixels per module often need that.
/// </summary>
internal static class QrDecoder
{
    private const double RegionUpscale = 2.0;

    private static readonly Dictionary<DecodeHintType, object> Hints = new()
    {
        [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
        [DecodeHintType.TRY_HARDER] = true,
    };

    public static List<(string Text, Box Box)> Decode(byte[] luminance, int width, int height)
    {
        var source = new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var found = DecodeAll(new BinaryBitmap(new HybridBinarizer(source)));
        if (found.Count > 0)
        {
            return found;
        }

        var region = LocateFinderPatterns(new BinaryBitmap(new HybridBinarizer(source)), width, height);
        return region is { } box ? DecodeEnlarged(luminance, width, box) : [];
    }

    private static List<(string Text, Box Box)> DecodeAll(BinaryBitmap bitmap)
    {
        try
        {
            var results = new QRCodeMultiReader().decodeMultiple(bitmap, Hints) ?? [];
            return [.. results.Where(result => !string.IsNullOrEmpty(result.Text)).Select(result => (result.Text, BoxOf(result.ResultPoints)))];
        }
        catch (ReaderException)
        {
            return [];
        }
    }

    /// <summary>The square around a detected code (finder patterns found, modules unreadable), with a quiet-zone margin; null when none is seen.</summary>
    private static Box? LocateFinderPatterns(BinaryBitmap bitmap, int width, int height)
    {
        DetectorResult? detected;
        try
        {
            detected = new Detector(bitmap.BlackMatrix).detect(Hints);
        }
        catch (ReaderException)
        {
            return null;
        }

        if (detected?.Points is not { Length: >= 3 } points)
        {
            return null;
        }

        var corners = BoxOf(points);
        var margin = (int)(Math.Max(corners.Width, corners.Height) * 0.2) + 8;
        return new Box(
            Math.Max(0, corners.Left - margin),
            Math.Max(0, corners.Top - margin),
            Math.Min(width, corners.Right + margin),
            Math.Min(height, corners.Bottom + margin));
    }

    private static List<(string Text, Box Box)> DecodeEnlarged(byte[] luminance, int width, Box region)
    {
        var enlarged = Resample.Bilinear(luminance, width, region, RegionUpscale, out var enlargedWidth, out var enlargedHeight);
        var source = new RGBLuminanceSource(enlarged, enlargedWidth, enlargedHeight, RGBLuminanceSource.BitmapFormat.Gray8);
        foreach (var binarizer in new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) })
        {
            var found = DecodeAll(new BinaryBitmap(binarizer));
            if (found.Count > 0)
            {
                return [.. found.Select(code => (code.Text, region))];
            }
        }

        return [];
    }

    private static Box BoxOf(ResultPoint[]? points)
    {
        if (points is null || points.Length == 0)
        {
            return default;
        }

        return new Box(
            (int)points.Min(p => p.X),
            (int)points.Min(p => p.Y),
            (int)Math.Ceiling(points.Max(p => p.X)),
            (int)Math.Ceiling(points.Max(p => p.Y)));
    }
}
