namespace Sangam.Ocr.Pages;

/// <summary>The file types a document may arrive in.</summary>
public enum SourceKind
{
    Unknown,
    Png,
    Jpeg,
    WebP,
    Tiff,
    Pdf,
}

/// <summary>Tells the file type from the leading bytes, never from a name or a declared content type.</summary>
public static class SourceSniffer
{
    private static ReadOnlySpan<byte> PngStart => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8, 0xFF];

    public static SourceKind Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngStart))
        {
            return SourceKind.Png;
        }

        if (bytes.StartsWith(JpegStart))
        {
            return SourceKind.Jpeg;
        }

        // A RIFF container whose form type is WEBP; phones save photos this way, often under a .jpg name.
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return SourceKind.WebP;
        }

        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            return SourceKind.Tiff;
        }

        // Some producers put a few bytes before the header; readers accept it within the first 1 KiB.
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0 ? SourceKind.Pdf : SourceKind.Unknown;
    }
}
