namespace Sangam.Api.Tests.SimTracking;

/// <summary>The tracking API as the tests call it.</summary>
internal static class TrackingCalls
{
    public const string Drivers = "/api/v2/sim-tracking/drivers/";
    public const string Bulk = "/api/v2/sim-tracking/location/bulk";

    public static Task<HttpResponseMessage> AddDriverAsync(this HttpClient client, string mobile, string name = "Ramesh Kumar", string? channel = null) =>
        client.PostAsJsonAsync(Drivers, new { mobile, driver_name = name, vehicle_number = "MH12NW4402", consent_channel = channel });

    public static Task<HttpResponseMessage> LocateAsync(this HttpClient client, string mobile) => client.GetAsync($"{Drivers}{mobile}/location");

    public static Task<HttpResponseMessage> LocateBulkAsync(this HttpClient client, params string?[] mobiles) => client.PostAsJsonAsync(Bulk, new { mobiles });

    /// <summary>The payload of the first item of envelope A, after checking the envelope says success.</summary>
    public static async Task<JsonNode> PayloadAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!;
        Assert.Equal("false", (string?)body["error"]);
        Assert.Equal("200", (string?)body["code"]);
        return body["response"]![0]!["response"]!;
    }

    public static async Task<JsonNode> ConsentAsync(this HttpClient client, string mobile)
    {
        using var response = await client.GetAsync($"{Drivers}{mobile}/consent");
        return await response.PayloadAsync();
    }

    /// <summary>Moves the clock until the driver's consent has <paramref name="status"/>.</summary>
    public static Task<JsonNode> ConsentBecomesAsync(this TrackingServer server, HttpClient client, string mobile, string status) =>
        server.AdvanceUntilAsync(() => client.ConsentAsync(mobile), consent => (string?)consent["consent_status"] == status);

    /// <summary>Adds a driver whose number the emulator allows and waits for the ALLOWED consent.</summary>
    public static async Task<string> AddAllowedDriverAsync(this TrackingServer server, HttpClient client)
    {
        var mobile = TrackingServer.NewMobile(1);
        using var added = await client.AddDriverAsync(mobile);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        await server.ConsentBecomesAsync(client, mobile, "ALLOWED");
        return mobile;
    }
}
