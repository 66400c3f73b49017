namespace Sangam.Ocr.Corpus.Output;

/// <summary>The file a corpus document is delivered as.</summary>
public enum OutputFormat
{
    Png,
    Jpeg,

    /// <summary>Lossy WebP, as phones save photos.</summary>
    WebP,
    Tiff,

    /// <summary>Vector text with a real text layer; no OCR needed.</summary>
    TextPdf,

    /// <summary>One JPEG image per page, like a scanner's output.</summary>
    ScannedPdf,
}

/// <summary>How to deliver a document: file format, resolution of raster pages, and damage.</summary>
public sealed record RenderSpec(OutputFormat Format, int Dpi, Degradation Degradation)
{
    public static RenderSpec CleanPng(int dpi = 300) => new(OutputFormat.Png, dpi, Degradation.None);

    /// <summary>A short label for reports, e.g. "png 300dpi clean" or "jpeg 200dpi rot-2.1 q70".</summary>
    public string Label
    {
        get
        {
            var format = Format.ToString().ToLowerInvariant();
            if (Format == OutputFormat.TextPdf)
            {
                return format;
            }

            var damage = Degradation == Degradation.None
                ? "clean"
                : FormattableString.Invariant($"rot{Degradation.RotationDegrees + (90 * Degradation.QuarterTurns):0.#} blur{Degradation.BlurSigma:0.#} q{Degradation.JpegQuality}");
            return FormattableString.Invariant($"{format} {Dpi}dpi {damage}");
        }
    }
}
