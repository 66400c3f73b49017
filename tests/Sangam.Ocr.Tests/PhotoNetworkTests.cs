using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Imaging;
using Sangam.Ocr.Recognition;

namespace Sangam.Ocr.Tests;

/// <summary>
/// Photos are read whole by PP-OCRv4's detection and line-recognition networks when they are loaded: the detector finds
/// the runs of text, and each run's characters are split into words at the blank columns between them, which the
/// network itself mostly leaves out.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class PhotoNetworkTests(ReaderFixture fixture)
{
    private static PageDrawing Bill() => Samples.Page(drawing =>
    {
        drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
        drawing.Text(36, 100, "Invoice No: VSL/2024/0042", 11);
        drawing.Text(36, 120, "GSTIN: 36AAJFR5531P1ZM", 11);
        drawing.Text(36, 200, "Grand Total", 11, bold: true);
        drawing.Text(500, 200, "41,300.00", 11, align: TextAlign.Right);
        drawing.Text(36, 230, "Rupees Forty One Thousand Three Hundred Only", 11);
    });

    [Fact]
    public async Task A_photo_is_read_by_the_networks_word_by_word()
    {
        var page = await ReadPhoto(fixture.Reader);

        Assert.Equal(PageRecognizer.Networks, page.Preprocessing?.Recognizer);
        var words = page.Words.Select(word => word.Text).ToList();
        Assert.Contains("VSL/2024/0042", words);
        Assert.Contains("36AAJFR5531P1ZM", words);
        Assert.Contains("41,300.00", words);
        Assert.Equal(["Rupees", "Forty", "One", "Thousand", "Three", "Hundred", "Only"], page.Lines.Single(line => line.Text.StartsWith("Rupees", StringComparison.Ordinal)).Words.Select(word => word.Text));
    }

    [Fact]
    public async Task A_photo_read_by_the_networks_gives_the_invoices_fields()
    {
        var fields = await fixture.ReadOneInvoice(Bill(), OutputFormat.Jpeg);

        Assert.Equal("VSL/2024/0042", fields["invoice_number"].Text);
        Assert.Equal("36AAJFR5531P1ZM", fields["supplier_gstin"].Text);
        Assert.Equal("41300.00", fields["invoice_amount"].Text);
        Assert.Contains("amount in words", fields["invoice_amount"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_photos_left_to_Tesseract_the_networks_read_no_page_whole()
    {
        using var reader = new DocumentReader(new DocumentReaderOptions
        {
            Ocr = new OcrEngineOptions { MaxEngines = 1, LineModel = RecognitionModel.BesideBinaries, PhotosByNetwork = false },
        });

        var page = await ReadPhoto(reader);

        Assert.Equal(PageRecognizer.Tesseract, page.Preprocessing?.Recognizer);
        Assert.Contains(page.Lines, line => line.Text.Contains("VSL/2024/0042", StringComparison.Ordinal));
    }

    private static async Task<PageReading> ReadPhoto(DocumentReader reader) =>
        Assert.Single((await reader.ReadPagesAsync(DocumentRenderer.Render([Bill()], new RenderSpec(OutputFormat.Jpeg, 300, Degradation.None)))).GetValueOrThrow().Pages);
}
