using System.Text;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Pages;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class PageSourceTests(ReaderFixture fixture)
{
    private static readonly PageDrawing OneLine = Samples.Page(page => page.Text(60, 100, "Invoice No.: INV-0042", 12));

    [Fact]
    public void File_type_is_detected_from_the_bytes()
    {
        Assert.Equal(SourceKind.Png, SourceSniffer.Detect(DocumentRenderer.Render([OneLine], RenderSpec.CleanPng(72))));
        Assert.Equal(SourceKind.Jpeg, SourceSniffer.Detect(DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.Jpeg, 72, Degradation.None))));
        Assert.Equal(SourceKind.Tiff, SourceSniffer.Detect(DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.Tiff, 72, Degradation.None))));
        Assert.Equal(SourceKind.WebP, SourceSniffer.Detect(DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.WebP, 72, Degradation.None))));
        Assert.Equal(SourceKind.Unknown, SourceSniffer.Detect("RIFF\u0024\0\0\0WAVEfmt "u8));
        Assert.Equal(SourceKind.Pdf, SourceSniffer.Detect(PdfWriter.WriteTextLayer([OneLine])));
        Assert.Equal(SourceKind.Unknown, SourceSniffer.Detect("GIF89a......"u8));
    }

    [Theory]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("Invoice No: 42, just some text")]
    [InlineData("")]
    public void Other_types_are_refused_as_unsupported(string content)
    {
        var result = fixture.Reader.CountPages(Encoding.ASCII.GetBytes(content));

        Assert.Equal(ReadErrorCode.UnsupportedType, result.Error?.Code);
    }

    [Fact]
    public void A_damaged_pdf_is_reported_as_corrupt()
    {
        var pdf = PdfWriter.WriteTextLayer([OneLine]);
        var damaged = pdf[..40].Concat(new byte[200]).ToArray();

        Assert.Equal(ReadErrorCode.Corrupt, fixture.Reader.CountPages(damaged).Error?.Code);
    }

    [Fact]
    public void An_encrypted_pdf_is_reported_as_encrypted()
    {
        var pdf = PdfWriter.WriteEncrypted(OneLine, "s3cret");

        Assert.Equal(ReadErrorCode.Encrypted, fixture.Reader.CountPages(pdf).Error?.Code);
    }

    [Fact]
    public void A_pdf_without_pages_is_reported()
    {
        const string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Size 3 /Root 1 0 R >>\n%%EOF\n";

        Assert.Equal(ReadErrorCode.NoPages, fixture.Reader.CountPages(Encoding.ASCII.GetBytes(pdf)).Error?.Code);
    }

    [Fact]
    public async Task A_truncated_jpeg_is_reported_as_corrupt_before_decoding()
    {
        var jpeg = DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.Jpeg, 100, Degradation.None));

        var result = await fixture.Reader.ReadPagesAsync(jpeg.AsMemory(0, jpeg.Length / 2));

        Assert.Equal(ReadErrorCode.Corrupt, result.Error?.Code);
    }

    [Fact]
    public async Task A_webp_photo_is_decoded_and_read()
    {
        var webp = DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.WebP, 150, Degradation.None));

        var page = Assert.Single((await fixture.Reader.ReadPagesAsync(webp)).GetValueOrThrow().Pages);

        Assert.Equal("Invoice No.: INV-0042", Assert.Single(page.Lines).Text);
    }

    [Fact]
    public async Task A_truncated_webp_is_reported_as_corrupt_before_decoding()
    {
        var webp = DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.WebP, 100, Degradation.None));

        var result = await fixture.Reader.ReadPagesAsync(webp.AsMemory(0, webp.Length - 10));

        Assert.Equal(ReadErrorCode.Corrupt, result.Error?.Code);
    }

    [Fact]
    public async Task A_truncated_png_is_reported_as_corrupt()
    {
        var png = DocumentRenderer.Render([OneLine], RenderSpec.CleanPng(100));

        var result = await fixture.Reader.ReadPagesAsync(png.AsMemory(0, png.Length / 2));

        Assert.Equal(ReadErrorCode.Corrupt, result.Error?.Code);
    }

    [Fact]
    public void A_png_claiming_a_huge_image_is_refused_from_its_header()
    {
        var png = DocumentRenderer.Render([OneLine], RenderSpec.CleanPng(72));
        PngHeader.SetSize(png, 60_000, 60_000);

        Assert.Equal(ReadErrorCode.TooManyPixels, fixture.Reader.CountPages(png).Error?.Code);
    }

    [Fact]
    public void A_tiff_claiming_a_huge_page_is_refused_from_its_directory()
    {
        var tiff = DocumentRenderer.Render([OneLine, OneLine], new RenderSpec(OutputFormat.Tiff, 72, Degradation.None));
        TiffWriter.OverrideFirstPageWidth(tiff, 5_000_000);

        Assert.Equal(ReadErrorCode.TooManyPixels, fixture.Reader.CountPages(tiff).Error?.Code);
    }

    [Fact]
    public void Page_counts_come_without_decoding()
    {
        var tiff = DocumentRenderer.Render([OneLine, OneLine, OneLine], new RenderSpec(OutputFormat.Tiff, 72, Degradation.None));
        var pdf = PdfWriter.WriteTextLayer([OneLine, OneLine]);

        Assert.Equal(3, fixture.Reader.CountPages(tiff).Value);
        Assert.Equal(2, fixture.Reader.CountPages(pdf).Value);
    }

    [Fact]
    public async Task Only_the_requested_number_of_pages_is_read()
    {
        var pdf = PdfWriter.WriteTextLayer([OneLine, OneLine, OneLine]);

        var result = await fixture.Reader.ReadPagesAsync(pdf, maxPages: 2);

        var document = result.GetValueOrThrow();
        Assert.Equal(3, document.PageCount);
        Assert.Equal([1, 2], document.Pages.Select(page => page.PageNumber));
        Assert.True(document.Truncated);
    }

    [Fact]
    public async Task A_text_layer_pdf_gives_exact_words_without_ocr()
    {
        var result = await fixture.Reader.ReadPagesAsync(PdfWriter.WriteTextLayer([OneLine]));

        var page = Assert.Single(result.GetValueOrThrow().Pages);
        Assert.Equal(TextOrigin.PdfTextLayer, page.Origin);
        Assert.Null(page.Preprocessing);
        Assert.Equal(TimeSpan.Zero, page.OcrTime);
        Assert.Equal("Invoice No.: INV-0042", Assert.Single(page.Lines).Text);
    }

    [Fact]
    public async Task Words_a_text_layer_does_not_decode_are_read_from_the_rendered_page_and_the_rest_stays_exact()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(60, 100, "Invoice No.: INV-0042", 12);
            drawing.Text(60, 130, "Supplier: Shree Ganesh Traders, Hyderabad", 12);
            drawing.Text(60, 200, "Total \u20b9 12,345.67", 12);
        });
        var pdf = PdfWriter.WithoutUnicodeMaps(PdfWriter.WriteTextLayer([page]));

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(pdf)).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.PdfTextLayerAndOcr, read.Origin);
        Assert.Equal("Invoice No.: INV-0042", read.Lines[0].Text);
        Assert.Equal("Supplier: Shree Ganesh Traders, Hyderabad", read.Lines[1].Text);
        Assert.All(read.Lines[0].Words, word => Assert.Equal(100, word.Confidence));
        Assert.Contains("12,345.67", read.Lines[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("Total", read.Lines[2].Text, StringComparison.Ordinal);
        Assert.All(read.Lines[2].Words, word => Assert.True(word.Confidence < 100));
    }

    [Fact]
    public async Task Text_drawn_as_outlines_is_read_from_the_rendered_page_and_the_text_layer_stays_exact()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(60, 100, "Invoice No.: INV-0042", 12);
            drawing.OutlinedText(60, 130, "Bill To: Shree Ganesh Traders", 12);
            drawing.Text(60, 200, "Balance Due", 12);
            drawing.OutlinedText(200, 200, "12,345.67", 12);
        });

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(PdfWriter.WriteTextLayer([page]))).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.PdfTextLayerAndOcr, read.Origin);
        Assert.Equal(["Invoice No.: INV-0042", "Bill To: Shree Ganesh Traders"], read.Lines.Take(2).Select(line => line.Text));
        Assert.All(read.Lines[0].Words, word => Assert.Equal(100, word.Confidence));
        Assert.All(read.Lines[1].Words, word => Assert.True(word.Confidence < 100));
        Assert.Equal(["Balance", "Due", "12,345.67"], read.Lines[2].Words.Select(word => word.Text));
    }

    [Fact]
    public async Task Outlined_lines_set_close_together_are_each_read_once()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(60, 100, "Invoice No.: INV-0042", 12);
            drawing.OutlinedText(262, 293, "UNIT", 9);
            drawing.OutlinedText(80, 301, "DESCRIPTION                                         QTY                                              TOTAL", 9);
            drawing.OutlinedText(260, 309, "PRICE", 9);
        });

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(PdfWriter.WriteTextLayer([page]))).GetValueOrThrow().Pages);

        var words = read.Lines.Skip(1).SelectMany(line => line.Words).Select(word => word.Text).ToList();
        Assert.Equal(["DESCRIPTION", "PRICE", "QTY", "TOTAL", "UNIT"], words.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_few_outlined_letters_are_taken_for_a_drawing_and_leave_the_page_to_its_text_layer()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.OutlinedText(60, 60, "AB", 20);
            drawing.Text(60, 100, "Invoice No.: INV-0042", 12);
        });

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(PdfWriter.WriteTextLayer([page]))).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.PdfTextLayer, read.Origin);
        Assert.Equal("Invoice No.: INV-0042", Assert.Single(read.Lines).Text);
    }

    [Fact]
    public async Task A_page_whose_text_layer_mostly_does_not_decode_is_read_from_its_pixels()
    {
        var pdf = PdfWriter.WithoutUnicodeMaps(PdfWriter.WriteTextLayer([Samples.Page(page => page.Text(60, 100, "Total \u20b9 12,345.67", 14))]));

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(pdf)).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.Ocr, read.Origin);
        Assert.Contains("12,345.67", Assert.Single(read.Lines).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_page_without_text_or_a_page_image_is_rendered_and_read()
    {
        var drawn = Samples.Page(page =>
        {
            page.Rectangle(50, 50, 400, 300);
            page.QrCode(60, 400, 90, "upi://pay?pa=shop@okaxis&pn=Shop");
        });
        var vectorOnly = PdfWriter.WriteTextLayer([drawn]);

        var page = Assert.Single((await fixture.Reader.ReadPagesAsync(vectorOnly)).GetValueOrThrow().Pages);

        Assert.Equal(TextOrigin.Ocr, page.Origin);
        Assert.Equal(300, page.Preprocessing?.PixelsPerInch);
        Assert.Equal("upi://pay?pa=shop@okaxis&pn=Shop", Assert.Single(page.QrCodes).Text);
    }

    [Fact]
    public async Task A_missing_renderer_is_a_render_failure_not_a_crash()
    {
        var options = new DocumentReaderOptions { Pages = new PageSourceOptions { PdftoppmPath = "/nonexistent/pdftoppm" } };
        using var reader = new DocumentReader(options);
        var vectorOnly = PdfWriter.WriteTextLayer([Samples.Page(page => page.Rectangle(50, 50, 400, 300))]);

        var result = await reader.ReadPagesAsync(vectorOnly);

        Assert.Equal(ReadErrorCode.RenderFailed, result.Error?.Code);
    }
}
