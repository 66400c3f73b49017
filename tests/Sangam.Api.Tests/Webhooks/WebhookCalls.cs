using Sangam.Api.Tests.SimTracking;

namespace Sangam.Api.Tests.Webhooks;

/// <summary>The webhook API as the tests call it.</summary>
internal static class WebhookCalls
{
    public const string Webhook = "/api/v2/webhook";

    /// <summary>Sets the account's webhook to <paramref name="url"/> for <paramref name="events"/> and answers its signing secret.</summary>
    public static async Task<string> SetWebhookAsync(this HttpClient client, string url, params string[] events)
    {
        using var response = await client.PutAsJsonAsync(Webhook, new { url, events });
        var hook = await response.PayloadAsync();
        Assert.Equal(events, hook["events"]!.AsArray().Select(e => (string?)e));
        return (string)hook["secret"]!;
    }

    public static async Task<JsonArray> DeliveriesAsync(this HttpClient client, string query = "")
    {
        using var response = await client.GetAsync($"{Webhook}/deliveries{query}");
        var list = await response.PayloadAsync();
        var deliveries = list["deliveries"]!.AsArray();
        Assert.Equal(deliveries.Count, (int)list["count"]!);
        return deliveries;
    }
}
