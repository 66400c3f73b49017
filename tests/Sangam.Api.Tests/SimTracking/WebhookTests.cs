using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Tests.Webhooks;
using Sangam.Api.Webhooks;

namespace Sangam.Api.Tests.SimTracking;

public sealed class WebhookTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    private const string Webhook = "/api/v2/sim-tracking/webhook";

    [Fact]
    public async Task Consent_changes_are_posted_to_the_webhook_signed_with_its_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var secret = await SetWebhookAsync(client, receiver.Url);

        var mobile = await server.AddAllowedDriverAsync(client);

        var allowed = await server.AdvanceUntilAsync(
            () => Task.FromResult(receiver.Received.Select(r => (Post: r, Body: JsonNode.Parse(r.Body)!)).FirstOrDefault(r => (string?)r.Body["consent_status"] == "ALLOWED")),
            found => found.Body is not null);
        Assert.Equal(mobile, (string?)allowed.Body["mobile"]);
        Assert.Equal("driver.consent.changed", (string?)allowed.Body["type"]);
        Assert.Equal("operator", (string?)allowed.Body["source"]);
        Assert.NotNull((string?)allowed.Body["consent_valid_till"]);
        var signature = allowed.Post.Signature!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(signature["t"] + "." + allowed.Post.Body)));
        Assert.Equal(expected, signature["v1"]);
        Assert.Contains(receiver.Received, r => JsonNode.Parse(r.Body)!["detail"]!.ToString().StartsWith("Consent requested by SMS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_receiver_gets_the_post_again_later()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 3);
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        await SetWebhookAsync(client, receiver.Url);

        var mobile = await server.AddAllowedDriverAsync(client);

        await server.AdvanceUntilAsync(
            () => Task.FromResult(receiver.Received.Count(r => r.Body.Contains(mobile, StringComparison.Ordinal))),
            count => count >= 3, TimeSpan.FromSeconds(30));
        Assert.Equal(3, receiver.Refused);
    }

    [Fact]
    public async Task The_webhook_can_be_read_without_its_secret_removed_and_must_be_a_url()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        await SetWebhookAsync(client, "http://127.0.0.1:9/hooks");

        using (var read = await client.GetAsync(Webhook))
        {
            var hook = await read.PayloadAsync();
            Assert.Equal("http://127.0.0.1:9/hooks", (string?)hook["url"]);
            Assert.Null((string?)hook["secret"]);
        }

        using (var bad = await client.PutAsJsonAsync(Webhook, new { url = "ftp://example.com/x" }))
        {
            await bad.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        }

        using (var removed = await client.DeleteAsync(Webhook))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using var gone = await client.GetAsync(Webhook);
        await gone.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Undelivered_posts_are_erased_with_the_driver()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: int.MaxValue);
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        await SetWebhookAsync(client, receiver.Url);
        var mobile = TrackingServer.NewMobile(2);
        using (await client.AddDriverAsync(mobile))
        {
        }

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var driverId = await db.Drivers.Where(d => d.Mobile == mobile).Select(d => d.Id).SingleAsync();
        Assert.True(await db.WebhookDeliveries.AnyAsync(d => d.DriverId == driverId));

        using (await client.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
        }

        Assert.False(await db.WebhookDeliveries.AnyAsync(d => d.DriverId == driverId));
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    public void Webhooks_reach_only_public_addresses_outside_the_sandbox(string address, bool isPublic) =>
        Assert.Equal(isPublic, WebhookSender.IsPublic(IPAddress.Parse(address)));

    private static async Task<string> SetWebhookAsync(HttpClient client, string url)
    {
        using var response = await client.PutAsJsonAsync(Webhook, new { url });
        var hook = await response.PayloadAsync();
        Assert.StartsWith("whsec_", (string?)hook["secret"], StringComparison.Ordinal);
        return (string)hook["secret"]!;
    }
}
