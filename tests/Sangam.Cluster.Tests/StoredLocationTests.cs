using System.Collections.Concurrent;
using Sangam.Sandbox.Airtel;
using StackExchange.Redis;

namespace Sangam.Cluster.Tests;

/// <summary>
/// Each node serves a driver's stored location from its own memory (cached for a minute here), yet a change made
/// through the other node is seen by the next read: the change's eviction reaches every node through Redis.
/// </summary>
[Collection(TwoNodesGroup.Name)]
public sealed class StoredLocationTests(TwoNodes cluster)
{
    /// <summary>Location calls the cluster's one Airtel emulator (on A) has answered.</summary>
    private long LocationCalls => cluster.A.Services.GetRequiredService<AirtelCallCounts>()["getLocationUsingGET_3"];

    [Fact]
    public async Task A_consent_withdrawn_and_learned_by_the_other_node_refuses_the_next_read_here()
    {
        var (token, mobile) = await AllowedDriverAsync();
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        var (_, calls) = await CachedAsync(onA, mobile);

        using (var stop = await cluster.A.CreateClient().PostAsJsonAsync($"/sandbox/airtel/_sms/{mobile}", new { text = "STOP" }))
        {
            Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        }

        // Only B runs the consent process, so only B learns the revocation; the position A holds is still fresh.
        Assert.Equal("REJECTED", await cluster.AdvanceUntilAsync(() => onB.ConsentStatusAsync(mobile), s => s == "REJECTED"));
        Assert.Equal(HttpStatusCode.Forbidden, await onA.StatusWithinASecondAsync(Location(mobile), HttpStatusCode.Forbidden));
        Assert.Equal(calls, LocationCalls); // refused for the consent A now reads, not by the operator
    }

    [Fact]
    public async Task A_driver_deleted_on_one_node_is_not_found_by_the_next_read_on_the_other()
    {
        var (token, mobile) = await AllowedDriverAsync();
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        var (_, calls) = await CachedAsync(onA, mobile);

        using (var deleted = await onB.DeleteAsync($"{ClusterCalls.Drivers}{mobile}"))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await onA.StatusWithinASecondAsync(Location(mobile), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_position_located_through_one_node_is_what_the_other_serves_next()
    {
        var (token, mobile) = await AllowedDriverAsync();
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        var (first, calls) = await CachedAsync(onA, mobile);

        cluster.A.Clock.Advance(TimeSpan.FromMinutes(61));
        cluster.B.Clock.Advance(TimeSpan.FromMinutes(61));
        var second = await LocatedAtAsync(onB, mobile);
        Assert.NotEqual(first, second);
        Assert.Equal(calls + 1, LocationCalls);

        // Had A kept its copy, the position it holds would now be stale and A would ask the operator again.
        Assert.Equal(second, await LocatedAtAsync(onA, mobile));
        Assert.Equal(calls + 1, LocationCalls);
    }

    [Fact]
    public async Task The_evictions_carry_no_mobile_number_over_Redis()
    {
        await using var listener = await ConnectionMultiplexer.ConnectAsync(TestRedis.Shared);
        var messages = new ConcurrentQueue<string>();
        await listener.GetSubscriber().SubscribeAsync(RedisChannel.Pattern(cluster.A.KeyPrefix + "*"), (_, message) => messages.Enqueue((string)message!));

        var (token, mobile) = await AllowedDriverAsync();
        using var onA = cluster.A.ClientWithToken(token);
        using var onB = cluster.B.ClientWithToken(token);
        await CachedAsync(onA, mobile);
        using (var deleted = await onB.DeleteAsync($"{ClusterCalls.Drivers}{mobile}"))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        // The deletion's eviction reached A through Redis, so the listener has had it too.
        Assert.Equal(HttpStatusCode.NotFound, await onA.StatusWithinASecondAsync(Location(mobile), HttpStatusCode.NotFound));
        var evictions = messages.Where(m => m.StartsWith("driver ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(evictions);
        Assert.DoesNotContain(messages, m => m.Contains(mobile[^10..], StringComparison.Ordinal));
    }

    private static string Location(string mobile) => $"{ClusterCalls.Drivers}{mobile}/location";

    /// <summary>A driver added through A whose consent B's consent process found ALLOWED, and the user's access token.</summary>
    private async Task<(string Token, string Mobile)> AllowedDriverAsync()
    {
        var user = await cluster.A.CreateAccountAsync();
        var (token, _) = await cluster.A.LoginAsync(user);
        using var onA = cluster.A.ClientWithToken(token);
        var mobile = TrackingServer.NewMobile(1);
        using (var added = await onA.PostAsJsonAsync(ClusterCalls.Drivers, new { mobile, driver_name = "Ramesh Kumar" }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        Assert.Equal("ALLOWED", await cluster.AdvanceUntilAsync(() => onA.ConsentStatusAsync(mobile), s => s is "ALLOWED" or "FAILED"));
        return (token, mobile);
    }

    /// <summary>Locates the driver twice through <paramref name="client"/>'s node: the second read, served from that node's cache, asks the operator nothing.</summary>
    private async Task<(string? LocatedAt, long Calls)> CachedAsync(HttpClient client, string mobile)
    {
        var located = await LocatedAtAsync(client, mobile);
        var calls = LocationCalls;
        Assert.Equal(located, await LocatedAtAsync(client, mobile));
        Assert.Equal(calls, LocationCalls);
        return (located, calls);
    }

    private static async Task<string?> LocatedAtAsync(HttpClient client, string mobile)
    {
        using var response = await client.GetAsync(Location(mobile));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return (string?)body["response"]![0]!["response"]!["located_at"];
    }
}
