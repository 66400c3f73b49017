using Sangam.Api.Accounts;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Api.Tests.Ocr;

public sealed class OcrJobTests(OcrServer server) : IClassFixture<OcrServer>
{
    [Fact]
    public async Task A_job_reads_every_page_and_keeps_its_result_for_the_retention_time_only()
    {
        var invoice = InvoiceFactory.Create(seed: 12, interState: true, lineCount: 2, server.Signer);
        var pages = Enumerable.Repeat(OcrRequests.Pages(invoice)[0], 7).ToList();
        var user = await server.CreateAccountAsync(ApiFamily.Ocr);
        using var client = await server.ClientForAsync(user);

        var jobId = await client.QueueAsync(OcrRequests.Render(pages, "pdf"), "invoice");
        var job = await client.WaitForJobAsync(jobId);

        Assert.Equal("succeeded", (string?)job["status"]);
        Assert.Equal(7, (int)job["progress"]!["pages_done"]!);
        Assert.Equal(7, (int)job["progress"]!["pages_total"]!);
        var fields = job["result"]!["data"]!["invoices"]![0]!["field_data"]!;
        OcrRequests.AssertFields(fields, invoice.ExpectedFields, ["invoice_number", "supplier_gstin", "invoice_amount"]);
        Assert.Equal(7, (int)job["result"]!["data"]!["pages_read"]!);

        server.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        using var later = await server.ClientForAsync(user);
        using var expired = await later.GetAsync($"/api/v2/ocr/jobs/{jobId}");
        await expired.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_accounts_job_is_not_found()
    {
        using var owner = await ClientAsync();
        using var stranger = await ClientAsync();
        var jobId = await owner.QueueAsync(Pdf(seed: 13), "qr_code");

        using var response = await stranger.GetAsync($"/api/v2/ocr/jobs/{jobId}");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        Assert.Equal("succeeded", (string?)(await owner.WaitForJobAsync(jobId))["status"]);
    }

    [Fact]
    public async Task A_repeated_request_with_the_same_idempotency_key_queues_the_document_once()
    {
        using var client = await ClientAsync();
        var file = Pdf(seed: 14);
        var key = Guid.NewGuid().ToString();

        var first = await client.QueueAsync(file, "qr_code", key);
        var second = await client.QueueAsync(file, "qr_code", key);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_unknown_job_id_is_not_found()
    {
        using var client = await ClientAsync();

        using var response = await client.GetAsync($"/api/v2/ocr/jobs/{Guid.NewGuid()}");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    private byte[] Pdf(int seed) => OcrRequests.Render(OcrRequests.Pages(InvoiceFactory.Create(seed, interState: false, lineCount: 2, server.Signer)), "pdf");

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Ocr));
}
