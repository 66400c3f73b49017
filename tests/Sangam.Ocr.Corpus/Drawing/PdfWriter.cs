using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using SkiaSharp;

namespace Sangam.Ocr.Corpus.Drawing;

/// <summary>Writes pages as a PDF with a real text layer (vector text, QR as an embedded image) or as a scan (one JPEG per page).</summary>
public static class PdfWriter
{
    static PdfWriter()
    {
        // PDFsharp on Linux has no system font lookup; it must be told where the fonts are.
        GlobalFontSettings.FontResolver ??= new DejaVuFontResolver();
    }

    public static byte[] WriteTextLayer(IReadOnlyList<PageDrawing> pages)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        foreach (var drawing in pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageDrawing.A4Width);
            page.Height = XUnit.FromPoint(PageDrawing.A4Height);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var item in drawing.Items)
            {
                Draw(graphics, item);
            }
        }

        return Save(document);
    }

    /// <summary>One page image per page, as a scanner or a "print to PDF" of a photo produces.</summary>
    public static byte[] WriteScanned(IReadOnlyList<byte[]> jpegPages)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        foreach (var jpeg in jpegPages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageDrawing.A4Width);
            page.Height = XUnit.FromPoint(PageDrawing.A4Height);
            using var graphics = XGraphics.FromPdfPage(page);
            using var image = XImage.FromStream(new MemoryStream(jpeg));
            graphics.DrawImage(image, 0, 0, PageDrawing.A4Width, PageDrawing.A4Height);
        }

        return Save(document);
    }

    /// <summary>
    /// The same PDF with every font's <c>ToUnicode</c> map removed, as some invoicing software writes its fonts: the
    /// page prints as before, but a composite font's text decodes to glyph numbers.
    /// </summary>
    public static byte[] WithoutUnicodeMaps(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
        foreach (var font in document.Internals.GetAllObjects().OfType<PdfDictionary>().Where(item => item.Elements.GetName("/Type") == "/Font"))
        {
            font.Elements.Remove("/ToUnicode");
        }

        return Save(document);
    }

    /// <summary>A PDF protected by a user password, which readers cannot open without it.</summary>
    public static byte[] WriteEncrypted(PageDrawing page, string password)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        var pdfPage = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(pdfPage))
        {
            foreach (var item in page.Items)
            {
                Draw(graphics, item);
            }
        }

        document.SecuritySettings.UserPassword = password;
        document.SecuritySettings.OwnerPassword = password + "-owner";
        return Save(document);
    }

    private static void Draw(XGraphics graphics, DrawItem item)
    {
        switch (item)
        {
            case TextItem { Outlined: true } text:
                graphics.DrawPath(XBrushes.Black, Outline(text));
                break;
            case TextItem text:
                var font = new XFont("DejaVu Sans", text.Size, text.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                var width = graphics.MeasureString(text.Text, font).Width;
                var x = text.Align switch
                {
                    TextAlign.Center => text.X - (width / 2),
                    TextAlign.Right => text.X - width,
                    _ => text.X,
                };
                graphics.DrawString(text.Text, font, XBrushes.Black, x, text.Y);
                break;
            case LineItem line:
                graphics.DrawLine(new XPen(XColors.Black, line.Width), line.X1, line.Y1, line.X2, line.Y2);
                break;
            case RectangleItem box:
                graphics.DrawRectangle(new XPen(XColors.Black, 0.6), box.X, box.Y, box.Width, box.Height);
                break;
            case QrItem qr:
                using (var image = XImage.FromStream(new MemoryStream(QrPng(qr.Payload))))
                {
                    graphics.DrawImage(image, qr.X, qr.Y, qr.Size, qr.Size);
                }

                break;
        }
    }

    /// <summary>The glyph outlines of left-aligned text, from SkiaSharp's reading of the same font file.</summary>
    private static XGraphicsPath Outline(TextItem text)
    {
        using var typeface = SKTypeface.FromFile(text.Bold ? Fonts.BoldPath : Fonts.RegularPath);
        using var font = new SKFont(typeface, text.Size);
        using var glyphs = font.GetTextPath(text.Text, new SKPoint(text.X, text.Y));
        using var iterator = glyphs.CreateRawIterator();
        var outline = new XGraphicsPath { FillMode = XFillMode.Winding };
        var points = new SKPoint[4];
        for (var verb = iterator.Next(points); verb != SKPathVerb.Done; verb = iterator.Next(points))
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    outline.StartFigure();
                    break;
                case SKPathVerb.Line:
                    outline.AddLine(points[0].X, points[0].Y, points[1].X, points[1].Y);
                    break;
                case SKPathVerb.Quad:
                    // A TrueType quadratic as the cubic PDF draws: control points two thirds of the way to the quadratic's.
                    var (start, control, end) = (points[0], points[1], points[2]);
                    outline.AddBezier(
                        start.X, start.Y,
                        start.X + (2f / 3 * (control.X - start.X)), start.Y + (2f / 3 * (control.Y - start.Y)),
                        end.X + (2f / 3 * (control.X - end.X)), end.Y + (2f / 3 * (control.Y - end.Y)),
                        end.X, end.Y);
                    break;
                case SKPathVerb.Cubic:
                    outline.AddBezier(points[0].X, points[0].Y, points[1].X, points[1].Y, points[2].X, points[2].Y, points[3].X, points[3].Y);
                    break;
                case SKPathVerb.Close:
                    outline.CloseFigure();
                    break;
                default:
                    throw new NotSupportedException($"Glyph outlines of {verb} segments are not drawn.");
            }
        }

        return outline;
    }

    /// <summary>A QR at 4 pixels per module, the way invoicing software embeds it.</summary>
    private static byte[] QrPng(string payload)
    {
        const int pixelsPerModule = 4;
        var modules = QrMatrix.Create(payload);
        var count = modules.GetLength(0);
        using var bitmap = new SKBitmap(count * pixelsPerModule, count * pixelsPerModule, SKColorType.Gray8, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.Black };
            for (var y = 0; y < count; y++)
            {
                for (var x = 0; x < count; x++)
                {
                    if (modules[y, x])
                    {
                        canvas.DrawRect(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule, ink);
                    }
                }
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static byte[] Save(PdfSharp.Pdf.PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private sealed class DejaVuFontResolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[] GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Fonts.Directory, faceName + ".ttf"));
    }
}
