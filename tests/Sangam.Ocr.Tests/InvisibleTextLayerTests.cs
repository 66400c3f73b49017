using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sangam.Ocr.Tests;

/// <summary>
/// Searchable scans: the page is a picture, with the scanner's own OCR drawn over it in invisible text (rendering
/// mode 3). The picture says what the page prints; the scanner's reading of it may be wrong.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class InvisibleTextLayerTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_scan_under_a_wrong_invisible_text_layer_is_read_from_its_pixels()
    {
        var scan = Samples.Page(page => page.Text(60, 100, "Total 12,345.67", 14));
        var pdf = Build(scan, visible: [], invisible: [(60, 100, "Tota1 72,846.01")]);

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(pdf)).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.Ocr, read.Origin);
        Assert.Equal("Total 12,345.67", Assert.Single(read.Lines).Text);
    }

    [Fact]
    public async Task Invisible_words_on_a_page_with_visible_text_are_read_from_the_picture_under_them()
    {
        var scan = Samples.Page(page => page.Text(60, 200, "Total 12,345.67", 14));
        var pdf = Build(
            scan,
            visible: [(60, 100, "Invoice No.: INV-0042"), (60, 130, "Supplier: Shree Ganesh Traders, Hyderabad")],
            invisible: [(60, 200, "Tota1 72,846.01")]);

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(pdf)).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.PdfTextLayerAndOcr, read.Origin);
        Assert.Equal("Invoice No.: INV-0042", read.Lines[0].Text);
        Assert.All(read.Lines[0].Words, word => Assert.Equal(100, word.Confidence));
        Assert.Equal("Total 12,345.67", read.Lines[2].Text);
    }

    /// <summary>
    /// One A4 page: <paramref name="scan"/> as a full-page 300 dpi JPEG, then lines of text (left end of the baseline,
    /// in points from the top left) drawn visibly and invisibly over it.
    /// </summary>
    private static byte[] Build(PageDrawing scan, (double X, double Y, string Text)[] visible, (double X, double Y, string Text)[] invisible)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageDrawing.A4Width, PageDrawing.A4Height);
        page.AddJpeg(
            DocumentRenderer.Render([scan], new RenderSpec(OutputFormat.Jpeg, 300, Degradation.None)),
            new PdfRectangle(0, 0, PageDrawing.A4Width, PageDrawing.A4Height));
        AddLines(visible, TextRenderingMode.Fill);
        AddLines(invisible, TextRenderingMode.Neither);
        return builder.Build();

        void AddLines((double X, double Y, string Text)[] lines, TextRenderingMode mode)
        {
            page.SetTextRenderingMode(mode);
            foreach (var (x, y, text) in lines)
            {
                page.AddText(text, 14, new PdfPoint(x, PageDrawing.A4Height - y), font);
            }
        }
    }
}
