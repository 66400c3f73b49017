using System.Net.Http.Headers;
using Sangam.Sandbox.Ulip;

namespace Sangam.Api.Tests.Vehicles;

/// <summary>Calls of the vehicle and driver check endpoints, and what the ULIP emulator saw of them.</summary>
internal static class Lookups
{
    /// <summary>ULIP's paths on the emulator.</summary>
    public const string UlipEmulatorApi = "/sandbox/ulip/ulip/v1.0.0/";

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, object body, bool fresh = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (fresh)
        {
            request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        }

        return await client.SendAsync(request);
    }

    /// <summary>The single item of envelope A, after checking the envelope's own fields.</summary>
    public static async Task<JsonNode> ReadFlatItemAsync(this HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ItemOf(body);
    }

    /// <summary>The single item of envelope B (envelope A inside success/message/data).</summary>
    public static async Task<JsonNode> ReadWrappedItemAsync(this HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)body["success"]!);
        Assert.Equal("Success", (string?)body["message"]);
        return ItemOf(body["data"]!);
    }

    public static string CacheHeader(this HttpResponseMessage response) => response.Headers.GetValues("X-Cache").Single();

    public static UlipEmulatorStats UlipStats(this SangamServer server) => server.Services.GetRequiredService<UlipEmulatorStats>();

    /// <summary>A client of the ULIP emulator that accepts JSON, as ULIP requires of every call.</summary>
    public static HttpClient UlipEmulatorClient(this SangamServer server)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A client of the ULIP emulator, logged in with the sandbox's credentials.</summary>
    public static async Task<HttpClient> UlipEmulatorSessionAsync(this SangamServer server)
    {
        var client = server.UlipEmulatorClient();
        using var login = await client.PostAsJsonAsync(UlipEmulatorApi + "user/login", new { username = UlipEmulatorOptions.DefaultUsername, password = UlipEmulatorOptions.DefaultPassword });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)(await login.ReadJsonAsync())["response"]!["id"]!);
        return client;
    }

    /// <summary>Waits until the account's usage report shows <paramref name="calls"/> calls of an operation (metering is written in batches).</summary>
    public static async Task<JsonNode> UsageRowAsync(this HttpClient client, string api, long calls)
    {
        JsonNode? row = null;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await client.GetAsync("/api/v2/usage/");
            row = (await response.ReadJsonAsync())["data"]!.AsArray().FirstOrDefault(r => (string?)r!["api"] == api);
            if (row is not null && (long)row["calls"]! >= calls)
            {
                return row;
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No usage row for {api} with {calls} calls; last: {row}");
    }

    private static JsonNode ItemOf(JsonNode envelope)
    {
        Assert.Equal("false", (string?)envelope["error"]);
        Assert.Equal("200", (string?)envelope["code"]);
        Assert.Equal("Success", (string?)envelope["message"]);
        return Assert.Single(envelope["response"]!.AsArray())!;
    }
}
