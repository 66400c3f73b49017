using System.Buffers.Binary;

namespace Sangam.Ocr.Corpus.Output;

/// <summary>Rewrites a PNG's header: its declared size (to build a decompression-bomb header) or its resolution.</summary>
public static class PngHeader
{
    private const double InchesPerMetre = 39.3701;

    /// <summary>The PNG with a <c>pHYs</c> chunk after its header saying <paramref name="dpi"/>, as scanners and renderers write.</summary>
    public static byte[] WithResolution(byte[] png, int dpi)
    {
        // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC) = 33 bytes; pHYs goes right after it.
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        var pixelsPerMetre = (uint)Math.Round(dpi * InchesPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), pixelsPerMetre);
        chunk[16] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, 33), .. chunk, .. png.AsSpan(33)];
    }

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
