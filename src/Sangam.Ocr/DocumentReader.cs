using Sangam.Ocr.Pages;
using Sangam.Ocr.Recognition;

namespace Sangam.Ocr;

/// <summary>
/// Reads uploaded documents: detects the file type, loads pages, recognises text (or takes a PDF's
/// text layer), decodes QR codes, and extracts the fields of a document type. One instance serves the
/// whole process: it owns a bounded pool of Tesseract engines and is thread-safe.
/// </summary>
public sealed partial class DocumentReader : IDisposable
{
    private readonly DocumentReaderOptions _options;
    private readonly TesseractPool _engines;
    private readonly LineRecognizer? _lines;
    private readonly NetworkPageReader? _photos;
    private readonly PageReader _pageReader;

    public DocumentReader(DocumentReaderOptions? options = null)
    {
        _options = options ?? new DocumentReaderOptions();
        // The networks first: a missing or mismatched one throws before anything that needs disposing exists.
        _lines = _options.Ocr.LineModel is { } model ? new LineRecognizer(model) : null;
        _photos = _lines is not null && _options.Ocr is { PhotosByNetwork: true, LineModel: { } networks }
            ? new NetworkPageReader(new TextDetector(networks.DetectorPath), _lines)
            : null;
        _engines = new TesseractPool(_options.Ocr);
        _pageReader = new PageReader(_engines, _lines, _photos);
    }

    /// <summary>The linked Tesseract library's version, e.g. "5.3.0"; also proves the native libraries load.</summary>
    public static string TesseractVersion => TesseractEngine.LibraryVersion();

    /// <summary>Counts pages without decoding them (cheap: headers and the PDF page tree only).</summary>
    public ReadResult<int> CountPages(ReadOnlyMemory<byte> document)
    {
        var opened = PageSource.Open(document, _options.Pages);
        if (!opened.Succeeded)
        {
            return ReadResult.Failure<int>(opened.Error!);
        }

        using var source = opened.Value!;
        return ReadResult.Success(source.PageCount);
    }

    /// <summary>Reads the first <paramref name="maxPages"/> pages: words, lines and QR codes.</summary>
    /// <param name="document">The uploaded file.</param>
    /// <param name="maxPages">Pages to read from the start of the document.</param>
    /// <param name="pagesRead">Told the number of pages read so far after each page (pages are read in parallel).</param>
    /// <param name="cancellationToken">Stops between pages.</param>
    public async Task<ReadResult<DocumentPages>> ReadPagesAsync(
        ReadOnlyMemory<byte> document, int maxPages = int.MaxValue, IProgress<int>? pagesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);
        var opened = PageSource.Open(document, _options.Pages);
        if (!opened.Succeeded)
        {
            return ReadResult.Failure<DocumentPages>(opened.Error!);
        }

        using var source = opened.Value!;
        var count = Math.Min(maxPages, source.PageCount);
        var pages = new PageReading[count];
        ReadError? failure = null;
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Ocr.MaxEngines, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (index, token) =>
        {
            var loaded = await source.LoadPageAsync(index, token);
            if (!loaded.Succeeded)
            {
                Interlocked.CompareExchange(ref failure, loaded.Error, null);
                return;
            }

            using var content = loaded.Value!;
            pages[index] = await _pageReader.ReadAsync(content, index + 1, token);
            pagesRead?.Report(Interlocked.Increment(ref done));
        });

        return failure is null
            ? ReadResult.Success(new DocumentPages(source.Kind, source.PageCount, pages))
            : ReadResult.Failure<DocumentPages>(failure);
    }

    public void Dispose()
    {
        _engines.Dispose();
        _lines?.Dispose();
        _photos?.Dispose();
    }
}
