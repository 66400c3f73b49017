using Sangam.Ocr.Documents;
using Sangam.Ocr.Recognition;
using Sangam.Ocr.Tests.RealDocuments;

namespace Sangam.Ocr.Tests;

/// <summary>
/// The second reading of doubtful figures by PP-OCRv4's line-recognition network, on a real scanned customs-broker
/// invoice (150 dpi) whose letterhead GSTIN and PAN Tesseract reads with an O for a 0.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class SecondReadingTests(ReaderFixture fixture)
{
    private const string Bundle = "bsdeveloper-3__BabajiShivram_UAT/CB00879-MBOI-A.pdf";

    [Fact]
    public async Task A_GSTIN_failing_its_check_character_is_read_right_the_second_time()
    {
        using var once = new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { MaxEngines = 1 } });

        var first = await FirstPageText(once);
        var second = await FirstPageText(fixture.Reader);

        Assert.DoesNotContain("27AAACB0466A1ZB", first, StringComparison.Ordinal);
        Assert.Contains("27AAACB0466A1ZB", second, StringComparison.Ordinal);
        Assert.Contains("AAACB0466A", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_read_right_the_second_time_is_not_reported_as_repaired()
    {
        using var once = new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { MaxEngines = 1 } });

        var repaired = await SupplierGstin(once);
        var read = await SupplierGstin(fixture.Reader);

        // Both end with the right GSTIN; only the first had to drop a stray character to get it, and says so.
        Assert.Equal("27AAACB0466A1ZB", repaired.Text);
        Assert.Equal("27AAACB0466A1ZB", read.Text);
        Assert.Contains("stray", repaired.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("stray", read.Evidence, StringComparison.Ordinal);
        Assert.True(read.Accuracy > repaired.Accuracy, $"accuracy {read.Accuracy} after a second reading, {repaired.Accuracy} repaired");
    }

    [Fact]
    public async Task A_word_whose_readings_differ_in_one_letter_takes_the_networks_where_it_is_sure_of_that_letter()
    {
        // A scanned e-invoice's IFSC: Tesseract reads an O for the 0 after the bank's letters; the network reads it right
        // and is sure of that character, though not of every other one, on which the two readings agree.
        using var once = new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { MaxEngines = 1 } });
        const string Invoices = "bsdeveloper-3__BabajiShivram_UAT/CB01676-DLOI-A.pdf";

        var first = await PagesText(once, Invoices, 4);
        var second = await PagesText(fixture.Reader, Invoices, 4);

        Assert.Contains("CNRBO002807", first, StringComparison.Ordinal);
        Assert.DoesNotContain("CNRBO002807", second, StringComparison.Ordinal);
        Assert.Contains("CNRB0002807", second, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_network_is_named_when_the_reader_is_made()
    {
        var model = RecognitionModel.InFolder(Path.Combine(Path.GetTempPath(), "no-such-network-" + Guid.NewGuid().ToString("N")));

        var error = Assert.Throws<FileNotFoundException>(() => new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { LineModel = model } }));

        Assert.Equal(model.NetworkPath, error.FileName);
    }

    [Fact]
    public void A_character_list_that_is_not_the_networks_is_refused_when_the_reader_is_made()
    {
        var folder = Directory.CreateTempSubdirectory("sangam-line-model-").FullName;
        try
        {
            var shipped = RecognitionModel.BesideBinaries;
            File.Copy(shipped.NetworkPath, Path.Combine(folder, Path.GetFileName(shipped.NetworkPath)));
            File.Copy(shipped.DetectorPath, Path.Combine(folder, Path.GetFileName(shipped.DetectorPath)));
            File.WriteAllLines(Path.Combine(folder, Path.GetFileName(shipped.CharactersPath)), ["0", "1", "2"]);

            var error = Assert.Throws<InvalidDataException>(() => new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { LineModel = RecognitionModel.InFolder(folder) } }));

            Assert.Contains("gives 5 classes", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> PagesText(DocumentReader reader, string document, int pages)
    {
        var read = (await reader.ReadPagesAsync(RealCorpus.Document(document), maxPages: pages)).GetValueOrThrow();
        return string.Join('\n', read.Pages.SelectMany(page => page.Lines).Select(line => line.Text));
    }

    private static Task<string> FirstPageText(DocumentReader reader) => PagesText(reader, Bundle, 1);

    private async Task<ExtractedField> SupplierGstin(DocumentReader reader)
    {
        var reading = Assert.IsType<InvoiceReading>((await reader.ReadAsync(RealCorpus.Document(Bundle), DocumentType.Invoice, fixture.Keys, 1)).GetValueOrThrow());
        return reading.Invoices[0].Fields["supplier_gstin"];
    }
}
