using SkiaSharp;

namespace Sangam.Ocr.Corpus.Drawing;

/// <summary>Draws a <see cref="PageDrawing"/> into a white bitmap at a chosen resolution.</summary>
public static class RasterRenderer
{
    private static readonly SKTypeface Regular = SKTypeface.FromFile(Fonts.RegularPath);
    private static readonly SKTypeface Bold = SKTypeface.FromFile(Fonts.BoldPath);

    public static SKBitmap Render(PageDrawing page, int dpi)
    {
        var scale = dpi / 72f;
        var bitmap = new SKBitmap((int)Math.Round(PageDrawing.A4Width * scale), (int)Math.Round(PageDrawing.A4Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case TextItem text:
                    using (var font = new SKFont(text.Bold ? Bold : Regular, text.Size))
                    {
                        canvas.DrawText(text.Text, text.X, text.Y, Align(text.Align), font, ink);
                    }

                    break;
                case LineItem line:
                    ink.StrokeWidth = line.Width;
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, ink);
                    break;
                case RectangleItem box:
                    ink.Style = SKPaintStyle.Stroke;
                    ink.StrokeWidth = 0.6f;
                    canvas.DrawRect(box.X, box.Y, box.Width, box.Height, ink);
                    ink.Style = SKPaintStyle.Fill;
                    break;
                case QrItem qr:
                    DrawQr(canvas, qr, ink);
                    break;
            }
        }

        return bitmap;
    }

    /// <summary>Draws the QR modules as vector squares so module edges stay even at any resolution.</summary>
    private static void DrawQr(SKCanvas canvas, QrItem qr, SKPaint ink)
    {
        var modules = QrMatrix.Create(qr.Payload);
        var count = modules.GetLength(0);
        var module = qr.Size / count;
        for (var y = 0; y < count; y++)
        {
            for (var x = 0; x < count; x++)
            {
                if (modules[y, x])
                {
                    canvas.DrawRect(SKRect.Create(qr.X + (x * module), qr.Y + (y * module), module, module), ink);
                }
            }
        }
    }

    private static SKTextAlign Align(TextAlign align) => align switch
    {
        TextAlign.Center => SKTextAlign.Center,
        TextAlign.Right => SKTextAlign.Right,
        _ => SKTextAlign.Left,
    };
}
