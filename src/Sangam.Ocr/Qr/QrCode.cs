using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Qr;

/// <summary>
/// A QR code found on a page: its text and where it sits, in the pixels of the page image as loaded
/// (before deskew and rescaling); an empty box for codes read from an image embedded in a PDF.
/// </summary>
public sealed record QrCode(int PageNumber, string Text, Box Box);
