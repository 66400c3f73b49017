using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Qr;

/// <summary>A QR code found on a page: its text and where it sits (page pixels; empty box for codes read from an embedded PDF image).</summary>
public sealed record QrCode(int PageNumber, string Text, Box Box);
