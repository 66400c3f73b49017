using Sangam.Ocr.Layout;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;
using ZXing.QrCode;
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

    private const double ThresholdedUpscale = 3.0;

    /// <summary>Grey levels to cut at, relative to the region's Otsu threshold: the threshold itself first.</summary>
    private static readonly int[] ThresholdOffsets = [0, -20, 20];

    /// <summary>Interpolation (bicubic or bilinear) and unsharp-mask amount of each enlarged retry, cheapest first.</summary>
    private static readonly (bool Bicubic, double Sharpening)[] EnlargementAttempts = [(false, 0), (true, 0), (true, 3), (false, 3)];

    private static readonly Dictionary<DecodeHintType, object> Hints = new()
    {
        [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE },
        [DecodeHintType.TRY_HARDER] = true,
    };

    /// <summary>Codes found are blanked and the page searched again, since ZXing's multi-reader often stops after one code.</summary>
    private const int MaxCodesPerPage = 8;

    public static List<(string Text, Box Box)> Decode(byte[] luminance, int width, int height)
    {
        var found = DecodeRepeatedly(luminance, width, height);
        if (found.Count > 0)
        {
            return found;
        }

        var unreadable = LocateFinderPatterns(Source(luminance, width, height), width, height);
        return unreadable is { } region ? DecodeEnlarged(luminance, width, region) : [];
    }

    /// <summary>Decodes, blanks what was found (on a copy), and decodes again until a pass finds nothing new.</summary>
    private static List<(string Text, Box Box)> DecodeRepeatedly(byte[] luminance, int width, int height)
    {
        var found = new List<(string Text, Box Box)>();
        var remaining = luminance;
        while (found.Count < MaxCodesPerPage)
        {
            var more = DecodeAll(new BinaryBitmap(new HybridBinarizer(Source(remaining, width, height))))
                .Where(code => !found.Exists(known => known.Text == code.Text))
                .ToList();
            if (more.Count == 0)
            {
                break;
            }

            found.AddRange(more);
            remaining = ReferenceEquals(remaining, luminance) ? (byte[])luminance.Clone() : remaining;
            foreach (var code in more.Where(code => IsPlausible(code.Box)))
            {
                Blank(remaining, width, height, code.Box);
            }
        }

        return found;
    }

    private static RGBLuminanceSource Source(byte[] luminance, int width, int height) =>
        new(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8);

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

    /// <summary>The single-code reader: in a region cut around one code it finds patterns the multi-reader rejects.</summary>
    private static string? DecodeOne(BinaryBitmap bitmap)
    {
        try
        {
            return new QRCodeReader().decode(bitmap, Hints)?.Text;
        }
        catch (ReaderException)
        {
            return null;
        }
    }

    /// <summary>
    /// The square around a code whose three finder patterns are seen (its modules unreadable), with a
    /// quiet-zone margin; null when none is seen. Only the finder patterns are looked for, not the full
    /// detector: a blurred code's version and alignment pattern are often not recoverable at this scale.
    /// </summary>
    private static Box? LocateFinderPatterns(LuminanceSource source, int width, int height)
    {
        ResultPoint[]? points = null;
        foreach (var binarizer in new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) })
        {
            try
            {
                var finder = new FinderPatternsOnly(binarizer.BlackMatrix);
                finder.detect(Hints);
                if (finder.Found is { } info && IsCodeShaped(info))
                {
                    points = [info.TopLeft, info.TopRight, info.BottomLeft];
                    break;
                }
            }
            catch (ReaderException)
            {
                // No three finder patterns with this binarisation.
            }
        }

        if (points is null)
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

    /// <summary>
    /// The region of a code that was seen but not read, enlarged twice and tried with both binarizers:
    /// bilinear first (enough for a sharp code), then bicubic, then each sharpened, since a blurred
    /// code at 2-3 pixels per module loses the contrast between neighbouring modules.
    /// </summary>
    private static List<(string Text, Box Box)> DecodeEnlarged(byte[] luminance, int width, Box region)
    {
        foreach (var (bicubic, sharpening) in EnlargementAttempts)
        {
            var enlarged = bicubic
                ? Resample.Bicubic(luminance, width, region, RegionUpscale, out var enlargedWidth, out var enlargedHeight)
                : Resample.Bilinear(luminance, width, region, RegionUpscale, out enlargedWidth, out enlargedHeight);
            if (sharpening > 0)
            {
                Resample.Sharpen(enlarged, enlargedWidth, enlargedHeight, sigma: RegionUpscale, sharpening);
            }

            var source = Source(enlarged, enlargedWidth, enlargedHeight);
            foreach (var binarizer in new Binarizer[] { new HybridBinarizer(source), new GlobalHistogramBinarizer(source) })
            {
                if (DecodeOne(new BinaryBitmap(binarizer)) is { } text)
                {
                    return [(text, region)];
                }
            }
        }

        return DecodeThresholded(luminance, width, region);
    }

    /// <summary>
    /// The last retry: the region enlarged three times and cut at fixed grey levels around its Otsu threshold. A blurred
    /// scan's dense code sits so near the binarizers' choice that the grey conversion of a colour page alone decides
    /// whether they read it; a few fixed cuts make the reading independent of that.
    /// </summary>
    private static List<(string Text, Box Box)> DecodeThresholded(byte[] luminance, int width, Box region)
    {
        var enlarged = Resample.Bicubic(luminance, width, region, ThresholdedUpscale, out var enlargedWidth, out var enlargedHeight);
        var source = Source(enlarged, enlargedWidth, enlargedHeight);
        var otsu = FixedThresholdBinarizer.OtsuThreshold(enlarged);
        foreach (var offset in ThresholdOffsets)
        {
            if (DecodeOne(new BinaryBitmap(new FixedThresholdBinarizer(source, otsu + offset))) is { } text)
            {
                return [(text, region)];
            }
        }

        return [];
    }

    /// <summary>
    /// Three finder-like marks in text (a bold "O", a boxed digit) can pass ZXing's search; a real code's
    /// patterns sit at the corners of a square whose side is 21-177 modules (versions 1-40).
    /// </summary>
    private static bool IsCodeShaped(FinderPatternInfo info)
    {
        var across = ResultPoint.distance(info.TopLeft, info.TopRight);
        var down = ResultPoint.distance(info.TopLeft, info.BottomLeft);
        var diagonal = ResultPoint.distance(info.TopRight, info.BottomLeft);
        var moduleSize = (info.TopLeft.EstimatedModuleSize + info.TopRight.EstimatedModuleSize + info.BottomLeft.EstimatedModuleSize) / 3;
        var modules = (((across + down) / 2) / moduleSize) + 7;
        return Math.Abs(across - down) <= 0.15 * Math.Max(across, down)
            && Math.Abs(diagonal - (Math.Sqrt(2) * (across + down) / 2)) <= 0.15 * diagonal
            && modules is >= 21 and <= 177;
    }

    /// <summary>A code's box is near square; a stretched one mixes finder patterns of two codes and must not be blanked.</summary>
    private static bool IsPlausible(Box box) => box.Width > 0 && box.Height > 0 && Math.Max(box.Width, box.Height) <= 1.6 * Math.Min(box.Width, box.Height);

    /// <summary>Whitens a decoded code (its finder-pattern box plus the quiet zone) so the next pass sees the others.</summary>
    private static void Blank(byte[] luminance, int width, int height, Box box)
    {
        var margin = QuietZoneMargin(box);
        for (var y = Math.Max(0, box.Top - margin); y < Math.Min(height, box.Bottom + margin); y++)
        {
            var left = Math.Max(0, box.Left - margin);
            luminance.AsSpan((y * width) + left, Math.Min(width, box.Right + margin) - left).Fill(255);
        }
    }

    /// <summary>
    /// A code's box runs between finder-pattern centres; the symbol extends 3.5 modules beyond them
    /// plus a 4-module quiet zone. A sixth of the box covers that for every version from 2 up.
    /// </summary>
    internal static int QuietZoneMargin(Box box) => (box.Width / 6) + 8;

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

    /// <summary>ZXing's detector stopped after its finder-pattern search, which is all a region retry needs.</summary>
    private sealed class FinderPatternsOnly(BitMatrix image) : Detector(image)
    {
        public FinderPatternInfo? Found { get; private set; }

        protected override DetectorResult processFinderPatternInfo(FinderPatternInfo info)
        {
            Found = info;
            return new DetectorResult(null, [info.BottomLeft, info.TopLeft, info.TopRight]);
        }
    }
}
