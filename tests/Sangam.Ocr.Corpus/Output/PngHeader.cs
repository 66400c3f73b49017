using System.Buffers.Binary;

namespace Sangam.Ocr.Corpus.Output;

/// <summary>Rewrites a PNG's declared size (with a valid chunk CRC) to build a decompression-bomb header.</summary>
public static class PngHeader
{
    public static void SetSize(byte[] png, int width, int height)
    {
        // Signature (8) + length (4) + "IHDR" (4), then width and height; the CRC covers type + 13 data bytes.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
