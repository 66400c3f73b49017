namespace Sangam.Ocr.Pages;

/// <summary>Limits and tools for turning uploaded bytes into pages.</summary>
public sealed record PageSourceOptions
{
    /// <summary>
    /// Largest page image accepted, in pixels, checked from the file header before any decoding so a
    /// small file claiming a huge image (a decompression bomb) costs nothing. 80 MP is A4 at ~900 dpi.
    /// </summary>
    public long MaxPixelsPerPage { get; init; } = 80_000_000;

    /// <summary>Resolution at which PDF pages without a text layer are rendered.</summary>
    public int RenderDpi { get; init; } = 300;

    /// <summary>The poppler renderer, run as a separate process.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>How long one page render may take before it is abandoned.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
