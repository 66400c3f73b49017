using System.Collections.Concurrent;
using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// A bounded pool of Tesseract engines. Engines are created on first demand (Init costs ~55 ms and
/// ~40 MB), reused afterwards, and never shared by two callers at once.
/// </summary>
internal sealed class TesseractPool : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly ConcurrentBag<TesseractEngine> _all = [];
    private bool _disposed;

    /// <summary>How the engines are set up, page segmentation included.</summary>
    public OcrEngineOptions Options { get; }

    public TesseractPool(OcrEngineOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEngines, 1);
        Options = options;
        _slots = new SemaphoreSlim(options.MaxEngines, options.MaxEngines);
    }

    /// <summary>Waits for a free engine, recognises the page on the calling thread, and returns the engine.</summary>
    /// <param name="image">The page or a part of it.</param>
    /// <param name="pixelsPerInch">Its resolution.</param>
    /// <param name="segmentation">How Tesseract finds the text on it.</param>
    /// <param name="retryInverted">Whether a line read poorly is read again inverted (white print on a dark band).</param>
    /// <param name="cancellationToken">Stops the wait for an engine.</param>
    public Task<List<Word>> RecognizeAsync(
        GreyImage image, int pixelsPerInch, PageSegmentation segmentation, bool retryInverted, CancellationToken cancellationToken) =>
        InSlotAsync(
            () =>
            {
                var engine = Take();
                try
                {
                    return engine.Recognize(image, pixelsPerInch, segmentation, retryInverted);
                }
                finally
                {
                    _idle.Add(engine);
                }
            },
            cancellationToken);

    /// <summary>
    /// Runs recognition work in one of the pool's slots, waiting for one: an engine's reading, or the networks reading a
    /// photo, which takes a core as an engine does, so the pool's bound on engines bounds it too.
    /// </summary>
    public async Task<T> InSlotAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var engine in _all)
        {
            engine.Dispose();
        }

        _slots.Dispose();
    }

    private TesseractEngine Take()
    {
        if (_idle.TryTake(out var engine))
        {
            return engine;
        }

        engine = new TesseractEngine(Options);
        _all.Add(engine);
        return engine;
    }
}
