using System.Buffers.Binary;

namespace Sangam.Ocr.Corpus.Output;

/// <summary>Writes uncompressed 8-bit grey multi-page TIFFs (SkiaSharp has no TIFF encoder).</summary>
public static class TiffWriter
{
    private const int EntryCount = 10;

    public static byte[] Write(IReadOnlyList<(byte[] Grey, int Width, int Height, int Dpi)> pages)
    {
        using var output = new MemoryStream();
        var writer = new BinaryWriter(output);
        writer.Write("II*\0"u8);
        writer.Write(8u);
        for (var index = 0; index < pages.Count; index++)
        {
            var (grey, width, height, dpi) = pages[index];
            var ifdStart = output.Position;
            var ifdSize = 2 + (EntryCount * 12) + 4;
            var resolutionAt = ifdStart + ifdSize;
            var pixelsAt = resolutionAt + 8;
            var nextIfd = index == pages.Count - 1 ? 0u : (uint)(pixelsAt + grey.Length);
            writer.Write((ushort)EntryCount);
            Entry(writer, 256, 4, 1, (uint)width);          // ImageWidth
            Entry(writer, 257, 4, 1, (uint)height);         // ImageLength
            Entry(writer, 258, 3, 1, 8);                    // BitsPerSample
            Entry(writer, 259, 3, 1, 1);                    // Compression: none
            Entry(writer, 262, 3, 1, 1);                    // Photometric: black is zero
            Entry(writer, 273, 4, 1, (uint)pixelsAt);       // StripOffsets
            Entry(writer, 277, 3, 1, 1);                    // SamplesPerPixel
            Entry(writer, 278, 4, 1, (uint)height);         // RowsPerStrip
            Entry(writer, 279, 4, 1, (uint)grey.Length);    // StripByteCounts
            Entry(writer, 282, 5, 1, (uint)resolutionAt);   // XResolution (rational)
            writer.Write(nextIfd);
            writer.Write((uint)dpi);
            writer.Write(1u);
            writer.Write(grey);
        }

        writer.Flush();
        return output.ToArray();
    }

    /// <summary>Patches the first page's declared width, to make a header that claims a huge image.</summary>
    public static void OverrideFirstPageWidth(byte[] tiff, uint width) =>
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(8 + 2 + 8), width);

    private static void Entry(BinaryWriter writer, ushort tag, ushort type, uint count, uint value)
    {
        writer.Write(tag);
        writer.Write(type);
        writer.Write(count);
        writer.Write(value);
    }
}
