namespace Sangam.Ocr.Pages;

/// <summary>
/// The pages of one uploaded document. Opening checks the type, structure and size cheaply;
/// pages are decoded one at a time when asked for.
/// </summary>
public abstract class PageSource : IDisposable
{
    /// <summary>The detected file type.</summary>
    public abstract SourceKind Kind { get; }

    /// <summary>Number of pages, known without decoding any of them.</summary>
    public abstract int PageCount { get; }

    /// <summary>Detects the type from the bytes and opens the matching source, or says why it cannot.</summary>
    public static ReadResult<PageSource> Open(ReadOnlyMemory<byte> bytes, PageSourceOptions? options = null)
    {
        options ??= new PageSourceOptions();
        return SourceSniffer.Detect(bytes.Span) switch
        {
            SourceKind.Png or SourceKind.Jpeg or SourceKind.WebP => ImagePageSource.Create(bytes, options),
            SourceKind.Tiff => TiffPageSource.Create(bytes, options),
            SourceKind.Pdf => PdfPageSource.Create(bytes, options),
            _ => ReadResult.Failure<PageSource>(
                ReadErrorCode.UnsupportedType, "Unsupported file type: expected a PDF, PNG, JPEG, WebP or TIFF document."),
        };
    }

    /// <summary>Decodes page <paramref name="index"/> (0-based).</summary>
    internal abstract Task<ReadResult<PageContent>> LoadPageAsync(int index, CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    internal static ReadError? CheckPixelCap(long width, long height, PageSourceOptions options) =>
        width * height > options.MaxPixelsPerPage
            ? new ReadError(
                ReadErrorCode.TooManyPixels,
                $"The page image is {width}x{height} pixels, more than the limit of {options.MaxPixelsPerPage:N0} pixels.")
            : null;
}
