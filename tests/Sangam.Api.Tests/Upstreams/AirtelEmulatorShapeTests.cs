using Sangam.Sandbox.Airtel;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// The Airtel emulator answers in the shapes Airtel documents: token, consent status while pending and once allowed,
/// and a location have the keys of the samples built from Airtel's schemas (a null standing for any subtree).
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class AirtelEmulatorShapeTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    private const string Customer = "/sandbox/airtel/locate/apis/customers/" + AirtelSandboxAccount.CustomerBaId;

    [Fact]
    public async Task Token_consent_and_location_have_airtels_keys()
    {
        using var client = server.CreateClient();
        var msisdn = "91" + TrackingServer.NewMobile(1);
        var resource = await TokenAsync(client, "resource");
        var location = await TokenAsync(client, "location");
        using (var consent = await SendAsync(client, HttpMethod.Post, "/resources/consent", (string)resource["access_token"]!,
            new { msisdn, channel = "SMS", language = "EN" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, consent.StatusCode);
            Assert.Empty(await consent.Content.ReadAsStringAsync());
        }

        server.Clock.Advance(TimeSpan.FromSeconds(3));
        var pending = await ReadAsync(client, $"/resources/{msisdn}/consent", (string)resource["access_token"]!);
        server.Clock.Advance(TrackingServer.ConsentAnswerDelay);
        var allowed = await ReadAsync(client, $"/resources/{msisdn}/consent", (string)resource["access_token"]!);
        var fix = await ReadAsync(client, $"/resources/{msisdn}/location?type=sync", (string)location["access_token"]!);

        AssertShape("oauth2_token_ok", resource);
        AssertShape("consent_status_pending", pending);
        AssertShape("consent_status_allowed", allowed);
        AssertShape("location_sync_ok", fix);
        Assert.Equal(("PENDING", "ALLOWED"), ((string?)pending["consent"], (string?)allowed["lastRecordedConsent"]));
    }

    private static void AssertShape(string sampleId, JsonNode emulated)
    {
        var real = UpstreamSample.Load("airtel", sampleId).Body!;
        Assert.Empty(new JsonShape(real).Beyond(new JsonShape(emulated)));
        Assert.Empty(new JsonShape(emulated).Beyond(new JsonShape(real)));
    }

    private static async Task<JsonNode> TokenAsync(HttpClient client, string scope)
    {
        using var response = await client.PostAsJsonAsync(Customer + "/oauth2_token",
            new { client_id = AirtelSandboxAccount.ClientId, client_secret = AirtelSandboxAccount.ClientSecret, scope });
        return await response.ReadJsonAsync();
    }

    private static async Task<JsonNode> ReadAsync(HttpClient client, string path, string token)
    {
        using var response = await SendAsync(client, HttpMethod.Get, path, token, body: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, Customer + path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("access_token", token);
        return await client.SendAsync(request);
    }
}
