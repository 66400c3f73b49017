using System.Globalization;
using System.Text;

namespace Sangam.Ocr.Tests;

/// <summary>
/// Text set in a standard 14 font (here Times-Bold) that the PDF names, with a font descriptor, but does not embed:
/// report writers do this, and the letters then come out of the text layer as flat boxes on their baseline, no
/// glyph heights. The words must still join into labels ("Invoice Date") as they do in any other font.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class FlatFontTests(ReaderFixture fixture)
{
    /// <summary>Text at (x, y) points from the top left: an invoice's header.</summary>
    private static readonly (int X, int Y, string Text)[] Lines =
    [
        (50, 60, "Invoice Number : 321000019693"),
        (50, 75, "Invoice Date : 15.06.2024"),
        (50, 90, "Place of Supply : KARNATAKA"),
        (350, 90, "State Code : 29"),
    ];

    [Fact]
    public async Task Words_in_a_font_without_glyph_heights_join_into_phrases()
    {
        var page = Assert.Single((await fixture.Reader.ReadPagesAsync(Pdf(Lines))).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.PdfTextLayer, page.Origin);
        Assert.Equal(["Invoice Number : 321000019693"], page.Lines[0].Phrases.Select(phrase => phrase.Text));
        Assert.Equal(["Invoice Date : 15.06.2024"], page.Lines[1].Phrases.Select(phrase => phrase.Text));
        Assert.Equal(["Place of Supply : KARNATAKA", "State Code : 29"], page.Lines[2].Phrases.Select(phrase => phrase.Text));
        Assert.All(page.Lines.SelectMany(line => line.Words), word => Assert.InRange(word.Box.Height, 30, 60));
    }

    /// <summary>
    /// One A4 page with <paramref name="lines"/> in 12 pt Times-Bold at their places, the font not embedded, described
    /// by a font descriptor and an encoding dictionary, as report writers write it. Written by hand: PDF libraries
    /// embed the font or omit the descriptor.
    /// </summary>
    private static byte[] Pdf((int X, int Y, string Text)[] lines)
    {
        var text = new StringBuilder();
        foreach (var (x, y, line) in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf 1 0 0 1 {x} {842 - y} Tm ({line}) Tj ET\n");
        }

        var widths = string.Join(' ', Enumerable.Repeat("500", 224));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            $"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding 7 0 R /FontDescriptor 6 0 R /FirstChar 32 /LastChar 255 /Widths [{widths}] >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
            "<< /Type /FontDescriptor /FontName /Times-Bold /Flags 34 /FontBBox [-177 -269 1123 866] /Ascent 720 /Descent -270 /CapHeight 660 /ItalicAngle 0 /StemV 105 >>",
            "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 /Euro] >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
