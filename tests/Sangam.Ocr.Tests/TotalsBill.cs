using Sangam.Ocr.Corpus.Drawing;
using SkiaSharp;

namespace Sangam.Ocr.Tests;

/// <summary>One row of a bill's totals: a label and its figure, printed in ink or white on a coloured band.</summary>
internal sealed record TotalsRow(string Label, string Figure, bool OnBand = false);

/// <summary>
/// A JPEG recording no resolution (so read as a photo) of a bill's title, number and totals on grey paper, as billing
/// apps print them: a row may sit white on a band that fades from deep red to pale, the way a photo's light falls on it.
/// </summary>
internal static class TotalsPhoto
{
    private const int Width = 1112;
    private const float LabelX = 560, FigureX = 1040, FirstRowY = 300, RowHeight = 40;

    public static byte[] Draw(params TotalsRow[] rows)
    {
        using var bitmap = new SKBitmap(Width, 800);
        using (var canvas = new SKCanvas(bitmap))
        using (var regular = SKTypeface.FromFile(Fonts.RegularPath))
        using (var bold = SKTypeface.FromFile(Fonts.BoldPath))
        using (var text = new SKFont(regular, 22))
        using (var title = new SKFont(bold, 30))
        using (var ink = new SKPaint { Color = new SKColor(30, 30, 30), IsAntialias = true })
        using (var white = new SKPaint { Color = SKColors.White, IsAntialias = true })
        using (var band = new SKPaint())
        {
            canvas.Clear(new SKColor(238, 236, 240));
            canvas.DrawText("Tax Invoice", 420, 80, SKTextAlign.Left, title, ink);
            canvas.DrawText("Invoice No.: 26-27/60", 40, 160, SKTextAlign.Left, text, ink);
            band.Shader = SKShader.CreateLinearGradient(
                new SKPoint(LabelX - 10, 0), new SKPoint(FigureX + 10, 0), [new SKColor(180, 60, 50), new SKColor(230, 180, 170)], SKShaderTileMode.Clamp);
            for (var i = 0; i < rows.Length; i++)
            {
                var y = FirstRowY + (RowHeight * i);
                if (rows[i].OnBand)
                {
                    canvas.DrawRect(LabelX - 10, y - 28, FigureX - LabelX + 20, 36, band);
                }

                var paint = rows[i].OnBand ? white : ink;
                canvas.DrawText(rows[i].Label, LabelX, y, SKTextAlign.Left, text, paint);
                canvas.DrawText(rows[i].Figure, FigureX, y, SKTextAlign.Right, text, paint);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return jpeg.ToArray();
    }
}
