using System.Buffers.Binary;

namespace Sangam.Ocr.Pages;

/// <summary>
/// The orientation a camera records in a JPEG's Exif block (TIFF tag 274): phones store the sensor's pixels as they
/// came and say how to turn them for viewing, so a bill photographed upright can be stored lying on its side. Only the
/// rotations are honoured (1, 3, 6, 8); the mirrored orientations (2, 4, 5, 7) come from no camera and are left as stored.
/// </summary>
internal static class ExifOrientation
{
    private const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte App1 = 0xE1;
    private const byte StartOfScan = 0xDA;
    private const ushort OrientationTag = 0x0112;

    private static ReadOnlySpan<byte> ExifHeader => "Exif\0\0"u8;

    /// <summary>The clockwise quarter turns that make the stored pixels upright, 0 when none are recorded.</summary>
    public static int QuarterTurns(ReadOnlySpan<byte> jpeg) => Orientation(jpeg) switch
    {
        3 => 2,
        6 => 1,
        8 => 3,
        _ => 0,
    };

    private static int Orientation(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != Marker || jpeg[1] != StartOfImage)
        {
            return 0;
        }

        // The Exif block is an APP1 segment among the first segments, before the compressed image.
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == Marker && jpeg[at + 1] != StartOfScan)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return 0;
            }

            var segment = jpeg.Slice(at + 4, length - 2);
            if (jpeg[at + 1] == App1 && segment.StartsWith(ExifHeader))
            {
                return TiffDirectory.FirstDirectoryShort(segment[ExifHeader.Length..], OrientationTag) ?? 0;
            }

            at += 2 + length;
        }

        return 0;
    }
}
