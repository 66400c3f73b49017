using System.Runtime.InteropServices;
using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;
using Sangam.Ocr.Native;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// One initialised <c>TessBaseAPI</c>. Tesseract instances are not thread-safe, so an engine is used by
/// one caller at a time; <see cref="TesseractPool"/> hands them out.
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    private readonly TessApiHandle _api;

    public TesseractEngine(OcrEngineOptions options)
    {
        NativeEnvironment.Prepare();
        _api = Tesseract.Create();
        if (_api.IsInvalid)
        {
            throw new InvalidOperationException("TessBaseAPICreate returned null.");
        }

        if (Tesseract.Init(_api, options.TessdataPath, options.Languages) != 0)
        {
            _api.Dispose();
            throw new InvalidOperationException(
                $"Tesseract could not load languages '{options.Languages}' from '{options.TessdataPath ?? "its default tessdata folder"}'.");
        }
    }

    /// <summary>Runs layout analysis and recognition on a grey page and returns its words in page pixels.</summary>
    /// <param name="image">The page or a part of it.</param>
    /// <param name="pixelsPerInch">Its resolution.</param>
    /// <param name="segmentation">How Tesseract finds the text on it.</param>
    /// <param name="retryInverted">Whether a line read poorly is read again inverted, for white print on a dark band.</param>
    public List<Word> Recognize(GreyImage image, int pixelsPerInch, PageSegmentation segmentation, bool retryInverted)
    {
        try
        {
            Tesseract.SetPageSegmentationMode(_api, (int)segmentation);
            if (Tesseract.SetVariable(_api, "tessedit_do_invert", retryInverted ? "1" : "0") == 0)
            {
                throw new InvalidOperationException("Tesseract refused tessedit_do_invert.");
            }

            Tesseract.SetImage(_api, image.Pix);
            Tesseract.SetSourceResolution(_api, pixelsPerInch);

            if (Tesseract.Recognize(_api, nint.Zero) != 0)
            {
                throw new InvalidOperationException("TessBaseAPIRecognize failed.");
            }

            return TsvParser.ParseWords(Tesseract.TakeText(Tesseract.GetTsvText(_api, 0)));
        }
        finally
        {
            Tesseract.Clear(_api);
        }
    }

    /// <summary>The linked library's version string, e.g. "5.3.0".</summary>
    public static string LibraryVersion()
    {
        NativeEnvironment.Prepare();
        return Marshal.PtrToStringUTF8(Tesseract.Version()) ?? "unknown";
    }

    public void Dispose() => _api.Dispose();
}
