using Sangam.Api.Tests.SimTracking;

namespace Sangam.Api.Tests.Webhooks;

public sealed class DriverLocationWebhookTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    [Fact]
    public async Task A_located_driver_is_posted_only_to_webhooks_that_subscribe_to_positions()
    {
        await using var subscriber = await WebhookReceiver.StartAsync();
        await using var other = await WebhookReceiver.StartAsync();
        using var subscribing = await server.ClientForAsync(await server.CreateAccountAsync());
        using var notSubscribing = await server.ClientForAsync(await server.CreateAccountAsync());
        var secret = await subscribing.SetWebhookAsync(subscriber.Url, "driver.consent.changed", "driver.location.updated");
        await notSubscribing.SetWebhookAsync(other.Url, "driver.consent.changed");
        var mobile = await server.AddAllowedDriverAsync(subscribing);
        var otherMobile = await server.AddAllowedDriverAsync(notSubscribing);

        using var located = await subscribing.LocateAsync(mobile);
        var position = await located.PayloadAsync();
        using (var otherLocated = await notSubscribing.LocateAsync(otherMobile))
        {
            await otherLocated.PayloadAsync();
        }

        var post = await server.AdvanceUntilAsync(
            () => Task.FromResult(subscriber.Received.FirstOrDefault(p => p.Event == "driver.location.updated")), p => p is not null);
        Assert.True(post!.IsSignedWith(secret));
        Assert.Equal(mobile, (string?)post.Json["mobile"]);
        Assert.Equal((double)position["latitude"]!, (double)post.Json["latitude"]!);
        Assert.Equal((double)position["longitude"]!, (double)post.Json["longitude"]!);
        Assert.Equal((string?)position["located_at"], (string?)post.Json["located_at"]);

        // Every delivery of the other account has been made by now, and none is a position.
        var otherDeliveries = await server.AdvanceUntilAsync(
            () => notSubscribing.DeliveriesAsync(), deliveries => deliveries.All(d => (string?)d!["status"] == "delivered"));
        Assert.All(otherDeliveries, d => Assert.Equal("driver.consent.changed", (string?)d!["event_type"]));
        Assert.DoesNotContain(other.Received, p => p.Event != "driver.consent.changed");
    }

    [Fact]
    public async Task Erasing_a_driver_erases_its_delivered_positions_too()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        await client.SetWebhookAsync(receiver.Url, "driver.location.updated");
        var mobile = await server.AddAllowedDriverAsync(client);
        using (var located = await client.LocateAsync(mobile))
        {
            await located.PayloadAsync();
        }

        await server.AdvanceUntilAsync(() => client.DeliveriesAsync("?status=delivered"), delivered => delivered.Count == 1);
        using (var deleted = await client.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        Assert.Empty(await client.DeliveriesAsync());
    }

    [Fact]
    public async Task Events_are_chosen_from_the_catalogue_and_the_tracking_path_keeps_them()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using (var unknown = await client.PutAsJsonAsync(WebhookCalls.Webhook, new { url = "http://127.0.0.1:9/hooks", events = new[] { "driver.teleported" } }))
        {
            Assert.Contains("events", await unknown.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        }

        using (var none = await client.PutAsJsonAsync(WebhookCalls.Webhook, new { url = "http://127.0.0.1:9/hooks", events = Array.Empty<string>() }))
        {
            await none.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        }

        await client.SetWebhookAsync("http://127.0.0.1:9/hooks", "driver.location.updated", "ocr.job.failed");
        using (var moved = await client.PutAsJsonAsync("/api/v2/sim-tracking/webhook", new { url = "http://127.0.0.1:9/other" }))
        {
            Assert.Equal(["driver.location.updated", "ocr.job.failed"], (await moved.PayloadAsync())["events"]!.AsArray().Select(e => (string?)e));
        }

        using var read = await client.GetAsync(WebhookCalls.Webhook);
        var hook = await read.PayloadAsync();
        Assert.Equal("http://127.0.0.1:9/other", (string?)hook["url"]);
        Assert.Null((string?)hook["secret"]);
    }
}
