using Sangam.Api.Accounts;
using Sangam.Api.Tests.Vehicles.Bulk;

namespace Sangam.Api.Tests.Webhooks;

public sealed class BulkReadinessWebhookTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_finished_bulk_job_is_posted_as_readiness_bulk_completed_with_its_counts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Vehicles));
        var secret = await client.SetWebhookAsync(receiver.Url, "readiness.bulk.completed");

        var jobId = (string)(await client.QueueAsync("Vehicle No.\nMH12NW4402\nKA01AB1234\nMH12\n"))["job_id"]!;
        var job = await client.WaitForJobAsync(jobId);
        var post = await server.AdvanceUntilAsync(() => Task.FromResult(receiver.Received.FirstOrDefault()), p => p is not null, TimeSpan.FromSeconds(1));

        Assert.True(post!.IsSignedWith(secret));
        Assert.Equal("readiness.bulk.completed", post.Event);
        Assert.Equal(jobId, (string?)post.Json["job_id"]);
        Assert.Equal(3, (int)post.Json["rows"]!);
        Assert.Equal(1, (int)post.Json["invalid"]!);
        Assert.Equal((int)job["counts"]!["ready"]!, (int)post.Json["ready"]!);
        Assert.Single(receiver.Received);
    }
}
