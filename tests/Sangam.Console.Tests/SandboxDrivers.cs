using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Sangam.Console.Tests;

/// <summary>What the tracking API and the sandbox's operator emulator do for a driver outside the browser.</summary>
internal static class SandboxDrivers
{
    private const string Drivers = "/api/v2/sim-tracking/drivers/";

    /// <summary>Adds a driver through the API whose number the operator emulator allows.</summary>
    public static async Task<string> AddDriverAsync(this ConsoleServer server, TestUser user, string name)
    {
        var mobile = TrackingServer.NewMobile(1);
        using var api = await server.ClientForAsync(user);
        using var added = await api.PostAsJsonAsync(Drivers, new { mobile, driver_name = name, vehicle_number = "MH12NW4402" });
        Assert.True(added.IsSuccessStatusCode, $"Adding the driver answered {(int)added.StatusCode}: {await added.Content.ReadAsStringAsync()}");
        return mobile;
    }

    /// <summary>Moves the clock until the operator has allowed tracking, then asks the operator where the driver is, which stores the position.</summary>
    public static async Task LocateOnceAllowedAsync(this ConsoleServer server, TestUser user, string mobile)
    {
        using var api = await server.ClientForAsync(user);
        await server.AdvanceUntilAsync(
            async () => (string?)(await PayloadAsync(await api.GetAsync($"{Drivers}{mobile}/consent")))["consent_status"],
            status => status == "ALLOWED");
        var location = await PayloadAsync(await api.GetAsync($"{Drivers}{mobile}/location"));
        Assert.NotNull((double?)location["latitude"]);
    }

    private static async Task<JsonNode> PayloadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
            return JsonNode.Parse(text)!["response"]![0]!["response"]!;
        }
    }
}
