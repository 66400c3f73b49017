using System.Buffers.Binary;

namespace Sangam.Ocr.Pages;

/// <summary>
/// Walks the image file directories of a classic TIFF to count pages and read each page's size
/// without decoding pixels. Returns null for a damaged structure.
/// </summary>
internal static class TiffDirectory
{
    private const ushort ImageWidthTag = 256;
    private const ushort ImageLengthTag = 257;
    private const ushort ShortType = 3;
    private const int MaxPages = 10_000;

    public static List<(long Width, long Height)>? ReadPageSizes(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return null;
        }

        var bigEndian = tiff[0] == (byte)'M';
        var pages = new List<(long, long)>();
        var visited = new HashSet<uint>();
        var offset = ReadUInt32(tiff, 4, bigEndian);
        while (offset != 0)
        {
            if (!visited.Add(offset) || pages.Count >= MaxPages || offset > tiff.Length - 2)
            {
                return null;
            }

            var entryCount = ReadUInt16(tiff, (int)offset, bigEndian);
            var entriesEnd = (long)offset + 2 + (entryCount * 12L);
            if (entriesEnd + 4 > tiff.Length)
            {
                return null;
            }

            long width = 0, height = 0;
            for (var i = 0; i < entryCount; i++)
            {
                var entry = (int)offset + 2 + (i * 12);
                var tag = ReadUInt16(tiff, entry, bigEndian);
                if (tag is not (ImageWidthTag or ImageLengthTag))
                {
                    continue;
                }

                // A SHORT value sits in the first two bytes of the 4-byte value field.
                var value = ReadUInt16(tiff, entry + 2, bigEndian) == ShortType
                    ? ReadUInt16(tiff, entry + 8, bigEndian)
                    : ReadUInt32(tiff, entry + 8, bigEndian);
                if (tag == ImageWidthTag)
                {
                    width = value;
                }
                else
                {
                    height = value;
                }
            }

            if (width == 0 || height == 0)
            {
                return null;
            }

            pages.Add((width, height));
            offset = ReadUInt32(tiff, (int)entriesEnd, bigEndian);
        }

        return pages;
    }

    /// <summary>The SHORT value of <paramref name="tag"/> in the first directory (an Exif block's, say), or null.</summary>
    public static ushort? FirstDirectoryShort(ReadOnlySpan<byte> tiff, ushort tag)
    {
        if (tiff.Length < 8 || tiff[0] != tiff[1] || tiff[0] is not ((byte)'I' or (byte)'M'))
        {
            return null;
        }

        var bigEndian = tiff[0] == (byte)'M';
        var offset = ReadUInt32(tiff, 4, bigEndian);
        if (offset > tiff.Length - 2)
        {
            return null;
        }

        var entryCount = ReadUInt16(tiff, (int)offset, bigEndian);
        for (var i = 0; i < entryCount && offset + 2 + ((i + 1) * 12L) <= tiff.Length; i++)
        {
            var entry = (int)offset + 2 + (i * 12);
            if (ReadUInt16(tiff, entry, bigEndian) == tag && ReadUInt16(tiff, entry + 2, bigEndian) == ShortType)
            {
                return ReadUInt16(tiff, entry + 8, bigEndian);
            }
        }

        return null;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, int at, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
}
