using Sangam.Api.Accounts;
using Sangam.Client.Ocr;
using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Client.Tests;

public sealed class OcrClientTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task An_invoice_reads_into_typed_fields_and_line_items()
    {
        var invoice = InvoiceFactory.Create(seed: 31, interState: true, lineCount: 3);
        using var client = server.ClientFor(await server.CreateAccountAsync(ApiFamily.Ocr));

        var result = await client.Ocr.ReadAsync(Pdf(invoice), OcrDocumentType.Invoice);

        var read = Assert.Single(result.Data.Invoices!);
        Assert.Equal(invoice.InvoiceNumber, read.FieldData["invoice_number"].Text);
        Assert.Equal(invoice.ExpectedFields["invoice_amount"], read.FieldData["invoice_amount"].Text);
        Assert.InRange(read.FieldData["invoice_number"].Accuracy, 50, 100);
        Assert.Equal(invoice.Lines.Select(l => l.Hsn), read.TableData.Select(row => row["item_hsn"].Text));
    }

    [Fact]
    public async Task A_job_is_waited_for_with_progress_and_gives_the_whole_document()
    {
        var invoice = InvoiceFactory.Create(seed: 32, interState: false, lineCount: 2);
        var page = InvoiceDrawer.Draw(invoice, InvoiceLayout.Modern)[0];
        using var client = server.ClientFor(await server.CreateAccountAsync(ApiFamily.Ocr));
        var seen = new List<OcrJob>();

        var accepted = await client.Ocr.StartJobAsync(PdfWriter.WriteTextLayer(Enumerable.Repeat(page, 6).ToList()), OcrDocumentType.Invoice);
        var job = await client.Ocr.WaitForJobAsync(accepted.JobId, new SynchronousProgress(seen), TimeSpan.FromMilliseconds(100));

        Assert.Equal(6, accepted.PagesTotal);
        Assert.Equal(OcrJobStatus.Succeeded, job.Status);
        Assert.Equal(new OcrJobProgress(6, 6), job.Progress);
        Assert.Equal(6, job.Result!.Data.PagesRead);
        Assert.Equal(invoice.InvoiceNumber, job.Result.Data.Invoices![0].FieldData["invoice_number"].Text);
        Assert.Same(job, seen[^1]);
    }

    [Fact]
    public async Task A_file_that_is_not_a_document_raises_a_typed_exception_with_the_status()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync(ApiFamily.Ocr));

        var error = await Assert.ThrowsAnyAsync<SangamException>(() => client.Ocr.ReadAsync("hello"u8.ToArray(), OcrDocumentType.QrCode));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, error.StatusCode);
    }

    private static byte[] Pdf(InvoiceTruth invoice) => PdfWriter.WriteTextLayer(InvoiceDrawer.Draw(invoice, InvoiceLayout.Classic));

    private sealed class SynchronousProgress(List<OcrJob> seen) : IProgress<OcrJob>
    {
        public void Report(OcrJob value) => seen.Add(value);
    }
}
