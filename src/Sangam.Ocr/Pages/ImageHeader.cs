using Sangam.Ocr.Native;

namespace Sangam.Ocr.Pages;

/// <summary>Image dimensions read from the header alone, so oversized images are refused before decoding.</summary>
internal static class ImageHeader
{
    private static ReadOnlySpan<byte> EndOfImage => [0xFF, 0xD9];

    public static unsafe (int Width, int Height)? ReadDimensions(ReadOnlySpan<byte> encoded)
    {
        NativeEnvironment.Prepare();
        fixed (byte* data = encoded)
        {
            var failed = Leptonica.ReadHeader(data, (nuint)encoded.Length, out _, out var width, out var height, out _, out _, out _);
            return failed != 0 || width <= 0 || height <= 0 ? null : (width, height);
        }
    }

    /// <summary>
    /// libjpeg decodes a truncated file into a half-grey page with only a warning, so completeness is
    /// checked here: a JPEG ends with the EOI marker (some cameras pad a few bytes after it).
    /// </summary>
    public static bool JpegHasEndMarker(ReadOnlySpan<byte> jpeg)
    {
        var tail = jpeg[Math.Max(0, jpeg.Length - 64)..];
        return tail.LastIndexOf(EndOfImage) >= 0;
    }

    /// <summary>A WebP file is a RIFF container whose header gives its length: a shorter file lost its end.</summary>
    public static bool WebPIsComplete(ReadOnlySpan<byte> webp) =>
        webp.Length >= 12 && 8L + System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(webp[4..]) <= webp.Length;
}
