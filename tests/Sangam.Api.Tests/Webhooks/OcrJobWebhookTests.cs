using Sangam.Api.Accounts;
using Sangam.Api.Tests.Ocr;
using Sangam.Api.Tests.WebConsole;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Api.Tests.Webhooks;

public sealed class OcrJobWebhookTests(OcrWebhookServer server) : IClassFixture<OcrWebhookServer>
{
    [Fact]
    public async Task A_finished_job_is_posted_as_ocr_job_completed_signed_with_the_webhooks_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await ClientAsync();
        var secret = await client.SetWebhookAsync(receiver.Url, "ocr.job.completed", "ocr.job.failed");

        var jobId = await client.QueueAsync(Pdf(seed: 31), "qr_code");
        Assert.Equal("succeeded", (string?)(await client.WaitForJobAsync(jobId))["status"]);
        var post = await server.AdvanceUntilAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), p => p is not null, TimeSpan.FromSeconds(1));

        Assert.True(post!.IsSignedWith(secret));
        Assert.Equal("ocr.job.completed", post.Event);
        Assert.Equal("ocr.job.completed", (string?)post.Json["type"]);
        Assert.Equal(post.Delivery, (string?)post.Json["id"]);
        Assert.Equal(jobId, (string?)post.Json["job_id"]);
        Assert.Equal("qr_code", (string?)post.Json["document_type"]);
        Assert.Equal(1, (int)post.Json["pages_read"]!);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_job_whose_document_cannot_be_read_is_posted_as_ocr_job_failed_with_the_reason()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await ClientAsync();
        var secret = await client.SetWebhookAsync(receiver.Url, "ocr.job.failed");

        var jobId = await client.QueueAsync(TruncatedPng(), "invoice");
        var job = await client.WaitForJobAsync(jobId);
        Assert.Equal("failed", (string?)job["status"]);
        var post = await server.AdvanceUntilAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), p => p is not null, TimeSpan.FromSeconds(1));

        Assert.True(post!.IsSignedWith(secret));
        Assert.Equal("ocr.job.failed", post.Event);
        Assert.Equal(jobId, (string?)post.Json["job_id"]);
        Assert.Equal((int)job["error"]!["status"]!, (int)post.Json["error"]!["status"]!);
        Assert.Equal((string?)job["error"]!["message"], (string?)post.Json["error"]!["message"]);
    }

    [Fact]
    public async Task The_history_lists_delivered_and_failed_deliveries_to_their_account_only_and_forgets_them_after_the_retention()
    {
        // Refuses the first two posts: the first job's delivery uses up both attempts, the second's is taken.
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        var user = await server.CreateAccountAsync(ApiFamily.Ocr);
        using var client = await server.ClientForAsync(user);
        using var stranger = await ClientAsync();
        await client.SetWebhookAsync(receiver.Url, "ocr.job.completed");

        await client.WaitForJobAsync(await client.QueueAsync(Pdf(seed: 32), "qr_code"));
        await server.AdvanceUntilAsync(() => client.DeliveriesAsync("?status=failed"), failed => failed.Count == 1, TimeSpan.FromSeconds(1));
        await client.WaitForJobAsync(await client.QueueAsync(Pdf(seed: 33), "qr_code"));
        await server.AdvanceUntilAsync(() => client.DeliveriesAsync("?status=delivered"), delivered => delivered.Count == 1, TimeSpan.FromSeconds(1));

        var history = await client.DeliveriesAsync();
        Assert.Equal(["delivered", "failed"], history.Select(d => (string?)d!["status"]));
        var (delivered, failed) = (history[0]!, history[1]!);
        Assert.Equal(receiver.Received.Single().Delivery, (string?)delivered["delivery_id"]);
        Assert.Equal(200, (int)delivered["response_status"]!);
        Assert.NotNull((string?)delivered["completed_at"]);
        Assert.Equal(2, (int)failed["attempts"]!);
        Assert.Equal(500, (int)failed["response_status"]!);
        Assert.Equal("the receiver answered 500", (string?)failed["last_error"]);
        Assert.All(history, d => Assert.Equal("ocr.job.completed", (string?)d!["event_type"]));
        Assert.Empty(await stranger.DeliveriesAsync());

        server.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromHours(1));
        using var later = await server.ClientForAsync(user);
        await server.AdvanceUntilAsync(() => later.DeliveriesAsync(), deliveries => deliveries.Count == 0, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_account_that_does_not_subscribe_gets_no_job_events()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await ClientAsync();
        using (var set = await client.PutAsJsonAsync(WebhookCalls.Webhook, new { url = receiver.Url }))
        {
            Assert.Equal(["driver.consent.changed"], (await set.Content.ReadFromJsonAsync<JsonNode>())!["response"]![0]!["response"]!["events"]!.AsArray().Select(e => (string?)e));
        }

        await client.WaitForJobAsync(await client.QueueAsync(Pdf(seed: 34), "qr_code"));

        Assert.Empty(await client.DeliveriesAsync());
    }

    [Fact]
    public async Task The_admin_console_sets_the_webhook_s_events_and_shows_its_deliveries_to_its_own_account()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await server.CreateAdminAsync();
        using var console = await ConsoleSession.SignedInAsync(server, admin);
        using var otherConsole = await ConsoleSession.SignedInAsync(server, await server.CreateAdminAsync());

        using (var set = await console.PostFormAsync("/console/admin", "/console/admin?handler=Webhook", new() { ["url"] = receiver.Url, ["events"] = "ocr.job.completed" }))
        {
            Assert.Contains("Webhook set.", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var client = await server.ClientForAsync(admin);
        await client.WaitForJobAsync(await client.QueueAsync(Pdf(seed: 35), "qr_code"));
        await server.AdvanceUntilAsync(() => client.DeliveriesAsync("?status=delivered"), delivered => delivered.Count == 1, TimeSpan.FromSeconds(1));

        var page = await console.PageAsync("/console/admin");
        Assert.Matches("value=\"ocr.job.completed\" checked", page);
        Assert.DoesNotMatch("value=\"driver.consent.changed\" checked", page);
        Assert.Matches(@"<td>ocr\.job\.completed</td>\s*<td>delivered</td>\s*<td class=""num"">1</td><td class=""num"">200</td>", page);
        Assert.Contains("None yet.", await otherConsole.PageAsync("/console/admin"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Ocr));

    private byte[] Pdf(int seed) => OcrRequests.Render(OcrRequests.Pages(InvoiceFactory.Create(seed, interState: false, lineCount: 2, server.Signer)), "pdf");

    // Its header says one page, so the job is queued; the pixels stop short, so reading it fails.
    private static byte[] TruncatedPng()
    {
        var page = new PageDrawing();
        page.Text(60, 100, "Invoice No.: INV-0042", 12);
        return DocumentRenderer.Render([page], RenderSpec.CleanPng(100))[..400];
    }
}
