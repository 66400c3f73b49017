using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using SkiaSharp;

namespace Sangam.Ocr.Tests;

/// <summary>One row of a bill's totals: a label and its figure, printed in ink or white on a coloured band.</summary>
internal sealed record TotalsRow(string Label, string Figure, bool OnBand = false);

/// <summary>
/// A bill's title, number and totals as billing apps print them, a row perhaps on a band: photographed (a JPEG recording
/// no resolution, on grey paper, the band fading from deep red to pale the way a photo's light falls on it, its print
/// white), scanned (a PNG recording 150 dpi, the band one deep colour, its print white) or scanned with the band a
/// mid-grey shade under black print.
/// </summary>
internal static class TotalsBill
{
    private const int Width = 1112;
    private const float LabelX = 560, FigureX = 1040, FirstRowY = 300, RowHeight = 40;

    private static readonly SKColor Ink = new(30, 30, 30);

    public static byte[] Photo(params TotalsRow[] rows) =>
        Encode(rows, new SKColor(238, 236, 240), [new SKColor(180, 60, 50), new SKColor(230, 180, 170)], SKColors.White, SKEncodedImageFormat.Jpeg, 80);

    public static byte[] Scan(params TotalsRow[] rows) =>
        PngHeader.WithResolution(Encode(rows, SKColors.White, [new SKColor(40, 50, 110), new SKColor(40, 50, 110)], SKColors.White, SKEncodedImageFormat.Png, 100), 150);

    public static byte[] ShadedScan(params TotalsRow[] rows) =>
        PngHeader.WithResolution(Encode(rows, SKColors.White, [new SKColor(128, 128, 128), new SKColor(128, 128, 128)], Ink, SKEncodedImageFormat.Png, 100), 150);

    private static byte[] Encode(TotalsRow[] rows, SKColor paper, SKColor[] band, SKColor bandInk, SKEncodedImageFormat format, int quality)
    {
        using var bitmap = new SKBitmap(Width, 800);
        using (var canvas = new SKCanvas(bitmap))
        using (var regular = SKTypeface.FromFile(Fonts.RegularPath))
        using (var bold = SKTypeface.FromFile(Fonts.BoldPath))
        using (var text = new SKFont(regular, 22))
        using (var title = new SKFont(bold, 30))
        using (var ink = new SKPaint { Color = Ink, IsAntialias = true })
        using (var onBand = new SKPaint { Color = bandInk, IsAntialias = true })
        using (var bandPaint = new SKPaint())
        {
            canvas.Clear(paper);
            canvas.DrawText("Tax Invoice", 420, 80, SKTextAlign.Left, title, ink);
            canvas.DrawText("Invoice No.: 26-27/60", 40, 160, SKTextAlign.Left, text, ink);
            bandPaint.Shader = SKShader.CreateLinearGradient(new SKPoint(LabelX - 10, 0), new SKPoint(FigureX + 10, 0), band, SKShaderTileMode.Clamp);
            for (var i = 0; i < rows.Length; i++)
            {
                var y = FirstRowY + (RowHeight * i);
                if (rows[i].OnBand)
                {
                    canvas.DrawRect(LabelX - 10, y - 28, FigureX - LabelX + 20, 36, bandPaint);
                }

                var paint = rows[i].OnBand ? onBand : ink;
                canvas.DrawText(rows[i].Label, LabelX, y, SKTextAlign.Left, text, paint);
                canvas.DrawText(rows[i].Figure, FigureX, y, SKTextAlign.Right, text, paint);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format, quality);
        return encoded.ToArray();
    }
}
