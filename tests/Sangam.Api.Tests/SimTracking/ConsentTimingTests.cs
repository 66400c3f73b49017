namespace Sangam.Api.Tests.SimTracking;

/// <summary>Operator validity of one hour and a five-minute answer timeout, so expiry and give-up can be reached.</summary>
public sealed class ShortConsentServer : TrackingServer
{
    protected override IReadOnlyDictionary<string, string?> TrackingSettings => new Dictionary<string, string?>
    {
        ["Operators:Airtel:ConsentValidity"] = "01:00:00",
        ["Tracking:Consent:AnswerTimeout"] = "00:05:00",
        ["Tracking:Consent:MaxCheckInterval"] = "00:01:00",
    };
}

public sealed class ConsentTimingTests(ShortConsentServer server) : IClassFixture<ShortConsentServer>
{
    [Fact]
    public async Task An_allowed_consent_expires_with_the_operators_validity_and_location_stops_at_once()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);
        using (var located = await client.LocateAsync(mobile))
        {
            await located.PayloadAsync();
        }

        server.Clock.Advance(TimeSpan.FromMinutes(61));

        using (var refused = await client.LocateAsync(mobile))
        {
            Assert.Contains("EXPIRED", await refused.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        }

        var consent = await server.AdvanceUntilAsync(
            () => client.ConsentAsync(mobile),
            c => (string?)c["events"]!.AsArray()[^1]!["consent_status"] == "EXPIRED");
        Assert.Equal("EXPIRED", (string?)consent["consent_status"]);
        Assert.Equal("platform", (string?)consent["events"]!.AsArray()[^1]!["source"]);
    }

    [Fact]
    public async Task A_request_nobody_answers_fails_after_the_answer_timeout()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(7);
        using (await client.AddDriverAsync(mobile))
        {
        }

        await server.AdvanceUntilAsync(() => client.ConsentAsync(mobile), c => (string?)c["consent_detail"] == "consent SMS delivered");
        var consent = await server.AdvanceUntilAsync(() => client.ConsentAsync(mobile), c => (string?)c["consent_status"] == "FAILED", TimeSpan.FromSeconds(30));

        Assert.Equal("No answer within 5 minutes", (string?)consent["consent_detail"]);
    }
}
