using System.Runtime.InteropServices;

namespace Sangam.Ocr.Native;

/// <summary>The Tesseract 5 C API (<c>capi.h</c>) functions the engine uses.</summary>
internal static partial class Tesseract
{
    private const string Library = "libtesseract.so.5";

    [LibraryImport(Library, EntryPoint = "TessVersion")]
    public static partial nint Version();

    [LibraryImport(Library, EntryPoint = "TessDeleteText")]
    public static partial void DeleteText(nint text);

    [LibraryImport(Library, EntryPoint = "TessBaseAPICreate")]
    public static partial TessApiHandle Create();

    [LibraryImport(Library, EntryPoint = "TessBaseAPIDelete")]
    public static partial void Delete(nint api);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Init(TessApiHandle api, string? dataPath, string language);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetPageSegMode")]
    public static partial void SetPageSegmentationMode(TessApiHandle api, int mode);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetVariable(TessApiHandle api, string name, string value);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetImage2")]
    public static partial void SetImage(TessApiHandle api, PixHandle pix);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetSourceResolution")]
    public static partial void SetSourceResolution(TessApiHandle api, int pixelsPerInch);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIRecognize")]
    public static partial int Recognize(TessApiHandle api, nint monitor);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIGetTsvText")]
    public static partial nint GetTsvText(TessApiHandle api, int pageNumber);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIClear")]
    public static partial void Clear(TessApiHandle api);

    /// <summary>Reads a string Tesseract allocated and frees it with <c>TessDeleteText</c>, as the C API requires.</summary>
    public static string TakeText(nint text)
    {
        if (text == nint.Zero)
        {
            return string.Empty;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            DeleteText(text);
        }
    }
}
