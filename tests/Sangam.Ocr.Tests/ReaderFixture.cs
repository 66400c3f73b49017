using Sangam.India.EInvoicing;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;
using Sangam.Ocr.Documents;
using Sangam.Ocr.Recognition;

namespace Sangam.Ocr.Tests;

/// <summary>
/// One reader (and its Tesseract engines) for the whole test run, a test IRP signing key, and a key
/// store holding NIC's bundled keys plus that test key.
/// </summary>
public sealed class ReaderFixture : IDisposable
{
    public ReaderFixture()
    {
        Keys.Add(Signer.KeyId, "test IRP key", Signer.Key);
    }

    /// <summary>As the server reads: figures Tesseract is unsure of on pixel pages are read a second time.</summary>
    public DocumentReader Reader { get; } = new(new DocumentReaderOptions { Ocr = new OcrEngineOptions { LineModel = RecognitionModel.BesideBinaries } });

    public EInvoiceSigner Signer { get; } = new();

    public NicKeyStore Keys { get; } = NicKeyStore.CreateWithNicKeys();

    /// <summary>The fields of the one invoice read from <paramref name="pages"/> rendered as a text-layer PDF.</summary>
    public async Task<IReadOnlyDictionary<string, ExtractedField>> ReadOneInvoice(params PageDrawing[] pages) =>
        Assert.Single((await ReadInvoices(DocumentRenderer.Render(pages, Samples.TextPdf))).Invoices).Fields;

    /// <summary>The fields of the one invoice read from <paramref name="page"/> rendered at 300 dpi as <paramref name="format"/> (pixels or a text layer).</summary>
    public async Task<IReadOnlyDictionary<string, ExtractedField>> ReadOneInvoice(PageDrawing page, OutputFormat format) =>
        Assert.Single((await ReadInvoices(DocumentRenderer.Render([page], new RenderSpec(format, 300, Degradation.None)))).Invoices).Fields;

    /// <summary><paramref name="file"/> read as invoices, up to <paramref name="maxPages"/> pages; a read error fails the test.</summary>
    public async Task<InvoiceReading> ReadInvoices(byte[] file, int maxPages = DocumentReader.SynchronousPageLimit) =>
        Assert.IsType<InvoiceReading>((await Reader.ReadAsync(file, DocumentType.Invoice, Keys, maxPages)).GetValueOrThrow());

    public void Dispose()
    {
        Reader.Dispose();
        Signer.Dispose();
        Keys.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedReader : ICollectionFixture<ReaderFixture>
{
    public const string Name = "reader";
}
