using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Ocr.Jobs;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Api.Tests.Ocr;

/// <summary>Jobs live in the database: another node picks up what one node queued, and takes over a job whose node died.</summary>
public sealed class OcrJobResumeTests(AcceptOnlyOcrServer server) : IClassFixture<AcceptOnlyOcrServer>
{
    [Fact]
    public async Task A_job_queued_on_one_node_is_read_by_another_and_a_dead_nodes_lease_is_taken_over_when_it_expires()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Ocr));
        var invoice = InvoiceFactory.Create(seed: 15, interState: false, lineCount: 2, server.Signer);
        var file = OcrRequests.Render(OcrRequests.Pages(invoice), "pdf");
        var waiting = await client.QueueAsync(file, "invoice");
        var abandoned = await client.QueueAsync(file, "qr_code");
        Assert.Equal("queued", (string?)(await client.GetJobAsync(waiting))["status"]);

        // Every node's clock starts at the same instant (noon IST today), so this lease still has a minute to run on the other node.
        await MarkClaimedByDeadNodeAsync(Guid.Parse(abandoned), server.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await using var node = await server.StartNodeAsync();

        var done = await client.WaitForJobAsync(waiting);
        Assert.Equal("succeeded", (string?)done["status"]);
        Assert.Equal(invoice.InvoiceNumber, (string?)done["result"]!["data"]!["invoices"]![0]!["field_data"]!["invoice_number"]!["value"]);
        Assert.Equal("running", (string?)(await client.GetJobAsync(abandoned))["status"]);

        node.Clock.Advance(TimeSpan.FromMinutes(2));
        var takenOver = await client.WaitForJobAsync(abandoned);
        Assert.Equal("succeeded", (string?)takenOver["status"]);
        Assert.Equal(invoice.Irn, (string?)takenOver["result"]!["data"]!["qr_codes"]![0]!["claims"]!["Irn"]);
    }

    private async Task MarkClaimedByDeadNodeAsync(Guid jobId, DateTimeOffset leaseEnds)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var updated = await db.OcrJobs.Where(j => j.Id == jobId && j.Status == OcrJobStatus.Queued).ExecuteUpdateAsync(j => j
            .SetProperty(x => x.Status, OcrJobStatus.Running)
            .SetProperty(x => x.LeaseToken, Guid.NewGuid())
            .SetProperty(x => x.LeaseExpiresAt, leaseEnds)
            .SetProperty(x => x.Attempts, 1));
        Assert.Equal(1, updated);
    }
}
