using Sangam.Ocr.Imaging;

namespace Sangam.Ocr.Pages;

/// <summary>A TIFF with one or more pages (fax-style multi-page scans are common).</summary>
internal sealed class TiffPageSource : PageSource
{
    private readonly ReadOnlyMemory<byte> _bytes;

    private TiffPageSource(ReadOnlyMemory<byte> bytes, int pageCount)
    {
        _bytes = bytes;
        PageCount = pageCount;
    }

    public override SourceKind Kind => SourceKind.Tiff;

    public override int PageCount { get; }

    public static ReadResult<PageSource> Create(ReadOnlyMemory<byte> bytes, PageSourceOptions options)
    {
        var pages = TiffDirectory.ReadPageSizes(bytes.Span);
        if (pages is null)
        {
            return ReadResult.Failure<PageSource>(ReadErrorCode.Corrupt, "The TIFF directory structure is damaged.");
        }

        if (pages.Count == 0)
        {
            return ReadResult.Failure<PageSource>(ReadErrorCode.NoPages, "The TIFF file has no pages.");
        }

        foreach (var (width, height) in pages)
        {
            if (CheckPixelCap(width, height, options) is { } tooBig)
            {
                return ReadResult.Failure<PageSource>(tooBig);
            }
        }

        return ReadResult.Success<PageSource>(new TiffPageSource(bytes, pages.Count));
    }

    internal override Task<ReadResult<PageContent>> LoadPageAsync(int index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PageCount);
        var image = GreyImage.Decode(_bytes.Span, tiffPageIndex: index);
        return Task.FromResult(image is null
            ? ReadResult.Failure<PageContent>(ReadErrorCode.Corrupt, $"TIFF page {index + 1} could not be decoded.")
            : ReadResult.Success<PageContent>(new RasterContent(image)));
    }
}
