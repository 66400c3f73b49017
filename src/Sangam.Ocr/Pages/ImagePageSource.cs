using Sangam.Ocr.Imaging;

namespace Sangam.Ocr.Pages;

/// <summary>A single-page PNG, JPEG or WebP.</summary>
internal sealed class ImagePageSource : PageSource
{
    private readonly ReadOnlyMemory<byte> _bytes;

    private ImagePageSource(SourceKind kind, ReadOnlyMemory<byte> bytes)
    {
        Kind = kind;
        _bytes = bytes;
    }

    public override SourceKind Kind { get; }

    public override int PageCount => 1;

    public static ReadResult<PageSource> Create(ReadOnlyMemory<byte> bytes, PageSourceOptions options)
    {
        var kind = SourceSniffer.Detect(bytes.Span);
        if (ImageHeader.ReadDimensions(bytes.Span) is not var (width, height))
        {
            return ReadResult.Failure<PageSource>(ReadErrorCode.Corrupt, $"The {kind} image header is damaged.");
        }

        if (CheckPixelCap(width, height, options) is { } tooBig)
        {
            return ReadResult.Failure<PageSource>(tooBig);
        }

        if (kind == SourceKind.Jpeg && !ImageHeader.JpegHasEndMarker(bytes.Span))
        {
            return ReadResult.Failure<PageSource>(ReadErrorCode.Corrupt, "The JPEG image is truncated (no end-of-image marker).");
        }

        if (kind == SourceKind.WebP && !ImageHeader.WebPIsComplete(bytes.Span))
        {
            return ReadResult.Failure<PageSource>(ReadErrorCode.Corrupt, "The WebP image is truncated (shorter than its RIFF header says).");
        }

        return ReadResult.Success<PageSource>(new ImagePageSource(kind, bytes));
    }

    internal override Task<ReadResult<PageContent>> LoadPageAsync(int index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(index, 0);
        var image = GreyImage.Decode(_bytes.Span);
        if (image is null)
        {
            return Task.FromResult(ReadResult.Failure<PageContent>(ReadErrorCode.Corrupt, $"The {Kind} image could not be decoded."));
        }

        // A phone stores its sensor's pixels and records how to turn them; the decoder does not turn them.
        if (Kind == SourceKind.Jpeg && ExifOrientation.QuarterTurns(_bytes.Span) is var turns and not 0)
        {
            using var stored = image;
            image = stored.RotatedQuarterTurns(turns);
        }

        return Task.FromResult(ReadResult.Success<PageContent>(new RasterContent(image, isPhoto: !image.RecordsResolution)));
    }
}
