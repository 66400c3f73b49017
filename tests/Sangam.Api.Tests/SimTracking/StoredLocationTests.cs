namespace Sangam.Api.Tests.SimTracking;

/// <summary>
/// A stored position stays fresh for an hour and a driver's state is cached for an hour, so only the eviction that
/// follows a change can make the next read see it. Allowed consents are checked again every minute, so a revocation
/// is learned while the stored position is still fresh.
/// </summary>
public sealed class LongCacheTrackingServer : TrackingServer
{
    protected override IReadOnlyDictionary<string, string?> TrackingSettings => new Dictionary<string, string?>
    {
        ["Tracking:FreshFor"] = "01:00:00",
        ["Tracking:Consent:RecheckInterval"] = "00:01:00",
        ["Auth:StateCacheDuration"] = "01:00:00",
    };
}

/// <summary>The stored location is served from memory, yet every change to the driver is seen by the next read.</summary>
public sealed class StoredLocationTests(LongCacheTrackingServer server) : IClassFixture<LongCacheTrackingServer>
{
    private const string LocationCalls = "getLocationUsingGET_3";

    [Fact]
    public async Task A_consent_withdrawn_refuses_the_next_read_of_a_position_still_fresh()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);
        var first = await LocatedAtAsync(client, mobile);
        var calls = server.AirtelCalls[LocationCalls];
        Assert.Equal(first, await LocatedAtAsync(client, mobile));
        Assert.Equal(calls, server.AirtelCalls[LocationCalls]);

        using (var stop = await server.CreateClient().PostAsJsonAsync($"/sandbox/airtel/_sms/{mobile}", new { text = "STOP" }))
        {
            Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        }

        await server.ConsentBecomesAsync(client, mobile, "REJECTED");
        using var refused = await client.LocateAsync(mobile);
        Assert.Contains("REJECTED", await refused.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Equal(calls, server.AirtelCalls[LocationCalls]);
    }

    [Fact]
    public async Task A_deleted_driver_is_not_found_by_the_next_read_and_the_number_added_again_starts_over()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);
        var first = await LocatedAtAsync(client, mobile);
        Assert.Equal(first, await LocatedAtAsync(client, mobile));

        using (var deleted = await client.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
            Assert.True((bool)(await deleted.PayloadAsync())["deleted"]!);
        }

        using (var gone = await client.LocateAsync(mobile))
        {
            await gone.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        }

        using (var again = await client.AddDriverAsync(mobile))
        {
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }

        using var pending = await client.LocateAsync(mobile);
        Assert.Contains("PENDING", await pending.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_stored_by_another_call_is_what_the_next_read_serves()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);
        var first = await LocatedAtAsync(client, mobile);

        server.Clock.Advance(TimeSpan.FromMinutes(61));
        var calls = server.AirtelCalls[LocationCalls];
        string? second;
        using (var bulk = await client.LocateBulkAsync(mobile))
        {
            second = (string?)(await bulk.PayloadAsync())["location"]!["located_at"];
        }

        Assert.NotEqual(first, second);
        Assert.Equal(calls + 1, server.AirtelCalls[LocationCalls]);
        Assert.Equal(second, await LocatedAtAsync(client, mobile));
        Assert.Equal(calls + 1, server.AirtelCalls[LocationCalls]);
    }

    private static async Task<string?> LocatedAtAsync(HttpClient client, string mobile)
    {
        using var located = await client.LocateAsync(mobile);
        return (string?)(await located.PayloadAsync())["located_at"];
    }
}
