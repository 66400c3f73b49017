using Sangam.Ocr.Pages;
using Sangam.Ocr.Recognition;

namespace Sangam.Ocr;

/// <summary>Set-up of a <see cref="DocumentReader"/>; the defaults suit a server with Debian's tesseract and poppler packages.</summary>
public sealed record DocumentReaderOptions
{
    public OcrEngineOptions Ocr { get; init; } = new();

    public PageSourceOptions Pages { get; init; } = new();
}
