using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Sangam.Ocr.Native;

namespace Sangam.Ocr.Imaging;

/// <summary>
/// An 8-bit grey page image held by Leptonica. Transformations return a new image (the caller
/// disposes both); only <see cref="FillWhite"/>, <see cref="EraseRules"/> and <see cref="SetLuminance"/> paint in place. Not thread-safe, like the Leptonica
/// object underneath.
/// </summary>
internal sealed class GreyImage : IDisposable
{
    /// <summary>Grey levels below this are ink when looking for rules: lighter than the default, to take a scanned rule's soft edges with it.</summary>
    private const int RuleThreshold = 200;

    private readonly PixHandle _pix;

    private GreyImage(PixHandle pix, int pixelsPerInch)
    {
        _pix = pix;
        Width = Leptonica.GetWidth(pix);
        Height = Leptonica.GetHeight(pix);
        PixelsPerInch = pixelsPerInch;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Resolution of the image; estimated from the page size when the file does not say.</summary>
    public int PixelsPerInch { get; }

    /// <summary>
    /// The file recorded the resolution a scanner or renderer gave it. Cameras and screen tools record none, or 72 or
    /// 96, which they write when they know nothing.
    /// </summary>
    public bool RecordsResolution => PixelsPerInch is >= 100 and <= 1200;

    internal PixHandle Pix => _pix;

    /// <summary>
    /// Decodes PNG, JPEG, WebP, TIFF, PNM and the other formats Leptonica reads; null when the bytes do not decode.
    /// <paramref name="knownPixelsPerInch"/> overrides the file's own resolution (e.g. a render at a chosen dpi).
    /// </summary>
    public static unsafe GreyImage? Decode(ReadOnlySpan<byte> encoded, int tiffPageIndex = 0, int knownPixelsPerInch = 0)
    {
        NativeEnvironment.Prepare();
        PixHandle decoded;
        fixed (byte* data = encoded)
        {
            decoded = tiffPageIndex == 0
                ? Leptonica.ReadMemory(data, (nuint)encoded.Length)
                : Leptonica.ReadTiffPage(data, (nuint)encoded.Length, tiffPageIndex);
        }

        using (decoded)
        {
            return decoded.IsInvalid ? null : FromAnyDepth(decoded, knownPixelsPerInch > 0 ? knownPixelsPerInch : Leptonica.GetXResolution(decoded));
        }
    }

    /// <summary>Row-major 8-bit luminance, the layout ZXing's <c>Gray8</c> source expects.</summary>
    public unsafe byte[] ToLuminance()
    {
        // Leptonica packs four pixels per 32-bit word, the first in the most significant byte: on a
        // little-endian machine a row is its bytes reversed word by word, which is vectorised.
        var luminance = new byte[Width * Height];
        var wordsPerLine = Leptonica.GetWordsPerLine(_pix);
        var data = (uint*)Leptonica.GetData(_pix);
        var row = new uint[wordsPerLine];
        for (var y = 0; y < Height; y++)
        {
            var words = new ReadOnlySpan<uint>(data + (y * wordsPerLine), wordsPerLine);
            if (BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(words, row);
                words = row;
            }

            MemoryMarshal.AsBytes(words)[..Width].CopyTo(luminance.AsSpan(y * Width, Width));
        }

        return luminance;
    }

    /// <summary>Replaces every pixel, in place, with row-major 8-bit luminance as <see cref="ToLuminance"/> gives it.</summary>
    public unsafe void SetLuminance(ReadOnlySpan<byte> luminance)
    {
        if (luminance.Length != Width * Height)
        {
            throw new ArgumentException($"Expected {Width * Height} pixels, got {luminance.Length}.", nameof(luminance));
        }

        var wordsPerLine = Leptonica.GetWordsPerLine(_pix);
        var data = (uint*)Leptonica.GetData(_pix);
        var row = new uint[wordsPerLine];
        for (var y = 0; y < Height; y++)
        {
            // The reverse of ToLuminance's reordering, the row's padding kept.
            var words = new Span<uint>(data + (y * wordsPerLine), wordsPerLine);
            if (BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(words, row);
                luminance.Slice(y * Width, Width).CopyTo(MemoryMarshal.AsBytes(row.AsSpan()));
                BinaryPrimitives.ReverseEndianness(row, words);
            }
            else
            {
                luminance.Slice(y * Width, Width).CopyTo(MemoryMarshal.AsBytes(words));
            }
        }
    }

    /// <summary>Paints a rectangle (grown by <paramref name="margin"/>, clipped to the page) white, in place.</summary>
    public unsafe void FillWhite(Layout.Box box, int margin)
    {
        var left = Math.Max(0, box.Left - margin);
        var right = Math.Min(Width, box.Right + margin);
        var wordsPerLine = Leptonica.GetWordsPerLine(_pix);
        var rows = (uint*)Leptonica.GetData(_pix);
        for (var y = Math.Max(0, box.Top - margin); y < Math.Min(Height, box.Bottom + margin); y++)
        {
            var row = rows + (y * wordsPerLine);
            for (var x = left; x < right; x++)
            {
                row[x >> 2] |= 0xFFu << (24 - (8 * (x & 3)));
            }
        }
    }

    /// <summary>
    /// Paints white, in place, every dark run straight and long enough to be a rule: at least
    /// <paramref name="minimumLength"/> pixels across or down, with <paramref name="margin"/> pixels around it.
    /// </summary>
    public void EraseRules(int minimumLength, int margin)
    {
        using var dark = ToBinary(RuleThreshold);
        EraseUnder(Leptonica.OpenCompositeBrick(nint.Zero, dark, minimumLength, 1), margin);
        EraseUnder(Leptonica.OpenCompositeBrick(nint.Zero, dark, 1, minimumLength), margin);
    }

    /// <summary>The bounding box of every dark mark (8-connected component) on the page.</summary>
    public List<Layout.Box> Marks()
    {
        using var dark = ToBinary();
        var boxes = Leptonica.ComponentBoxes(dark, Leptonica.EightConnected);
        if (boxes == nint.Zero)
        {
            throw new InvalidOperationException("Leptonica could not find the page's marks.");
        }

        try
        {
            var marks = new List<Layout.Box>(Leptonica.BoxCount(boxes));
            for (var i = 0; i < marks.Capacity; i++)
            {
                if (Leptonica.BoxGeometry(boxes, i, out var x, out var y, out var width, out var height) == 0)
                {
                    marks.Add(new Layout.Box(x, y, x + width, y + height));
                }
            }

            return marks;
        }
        finally
        {
            Leptonica.DestroyBoxes(ref boxes);
        }
    }

    /// <summary>A copy the caller may paint on.</summary>
    public GreyImage Copy() => Cropped(new Layout.Box(0, 0, Width, Height));

    /// <summary>The part of the page inside <paramref name="box"/> (clipped to the page), at the same resolution.</summary>
    public GreyImage Cropped(Layout.Box box)
    {
        var region = Leptonica.CreateBox(box.Left, box.Top, box.Width, box.Height);
        try
        {
            return Wrap(Leptonica.ClipRectangle(_pix, region, nint.Zero), PixelsPerInch);
        }
        finally
        {
            Leptonica.DestroyBox(ref region);
        }
    }

    public GreyImage Scaled(double factor) =>
        Wrap(Leptonica.ScaleGrey(_pix, (float)factor, (float)factor), (int)Math.Round(PixelsPerInch * factor));

    /// <summary>Rotates clockwise by whole quarter turns.</summary>
    public GreyImage RotatedQuarterTurns(int quarterTurns) =>
        Wrap(Leptonica.RotateQuadrants(_pix, ((quarterTurns % 4) + 4) % 4), PixelsPerInch);

    /// <summary>Rotates clockwise by a small angle, keeping the page size and bringing in white.</summary>
    public GreyImage Rotated(double degrees) =>
        Wrap(
            Leptonica.Rotate(_pix, (float)(degrees * Math.PI / 180), Leptonica.RotateAreaMap, Leptonica.BringInWhite, Width, Height),
            PixelsPerInch);

    /// <summary>A 1-bit copy (dark pixels set) for the skew and orientation estimators.</summary>
    internal PixHandle ToBinary(int threshold = 160)
    {
        var binary = Leptonica.ConvertTo1(_pix, threshold);
        return binary.IsInvalid ? throw new InvalidOperationException("Leptonica could not binarise the page.") : binary;
    }

    public void Dispose() => _pix.Dispose();

    private void EraseUnder(PixHandle rules, int margin)
    {
        using (rules)
        {
            using var grown = Leptonica.DilateBrick(nint.Zero, rules, (2 * margin) + 1, (2 * margin) + 1);
            if (rules.IsInvalid || grown.IsInvalid || Leptonica.SetMasked(_pix, grown, 0xFF) != 0)
            {
                throw new InvalidOperationException("Leptonica could not erase the page's rules.");
            }
        }
    }

    private static GreyImage FromAnyDepth(PixHandle decoded, int pixelsPerInch)
    {
        // Also drops a colour map, so every image downstream is plain 8-bit grey.
        var grey = Leptonica.ConvertTo8(decoded, 0);
        return grey.IsInvalid
            ? throw new InvalidOperationException("Leptonica could not convert the image to grey.")
            : new GreyImage(grey, pixelsPerInch);
    }

    private static GreyImage Wrap(PixHandle pix, int pixelsPerInch) =>
        pix.IsInvalid ? throw new InvalidOperationException("Leptonica could not transform the page image.") : new GreyImage(pix, pixelsPerInch);
}
