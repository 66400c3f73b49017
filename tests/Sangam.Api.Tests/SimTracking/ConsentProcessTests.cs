using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sangam.Api.Data;
using Sangam.Api.SimTracking.Consent;

namespace Sangam.Api.Tests.SimTracking;

/// <summary>A server whose own consent process is off, so the tests play the other nodes.</summary>
public sealed class ServerWithoutConsentProcess : TrackingServer
{
    protected override IReadOnlyDictionary<string, string?> TrackingSettings => new Dictionary<string, string?>
    {
        ["Tracking:Consent:Enabled"] = "false",
    };

    /// <summary>Another node running the consent process against the same database and operators.</summary>
    public ConsentWorker AnotherNode() => ActivatorUtilities.CreateInstance<ConsentWorker>(Services);
}

public sealed class ConsentProcessTests(ServerWithoutConsentProcess server) : IClassFixture<ServerWithoutConsentProcess>
{
    [Fact]
    public async Task Pending_work_lives_in_the_database_and_any_node_picks_it_up()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(1);
        using (await client.AddDriverAsync(mobile))
        {
        }

        server.Clock.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        Assert.Equal("PENDING", (string?)(await client.ConsentAsync(mobile))["consent_status"]);

        await server.AnotherNode().RunOnceAsync(CancellationToken.None);

        Assert.Equal("ALLOWED", (string?)(await client.ConsentAsync(mobile))["consent_status"]);
    }

    [Fact]
    public async Task The_work_of_a_node_that_died_is_taken_over_when_its_lease_expires()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(2);
        using (await client.AddDriverAsync(mobile))
        {
        }

        server.Clock.Advance(TimeSpan.FromSeconds(30));
        var crashed = await server.AnotherNode().ClaimDueAsync(CancellationToken.None);
        Assert.Contains(await DriverIdAsync(mobile), crashed);

        var survivor = server.AnotherNode();
        await survivor.RunOnceAsync(CancellationToken.None);
        Assert.Equal("PENDING", (string?)(await client.ConsentAsync(mobile))["consent_status"]);

        server.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await survivor.RunOnceAsync(CancellationToken.None);
        Assert.Equal("ALLOWED", (string?)(await client.ConsentAsync(mobile))["consent_status"]);
    }

    [Fact]
    public async Task Nodes_running_side_by_side_check_each_driver_once()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobiles = Enumerable.Range(0, 12).Select(i => TrackingServer.NewMobile(i % 6)).ToList();
        foreach (var mobile in mobiles)
        {
            using var added = await client.AddDriverAsync(mobile);
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        server.Clock.Advance(TimeSpan.FromSeconds(30));
        var checksBefore = server.AirtelCalls["getConsentUsingGET_2"];

        var claimed = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => server.AnotherNode().RunOnceAsync(CancellationToken.None)));

        Assert.True(claimed.Sum() >= mobiles.Count);
        Assert.Equal(claimed.Sum(), server.AirtelCalls["getConsentUsingGET_2"] - checksBefore);
        foreach (var mobile in mobiles)
        {
            Assert.Equal("ALLOWED", (string?)(await client.ConsentAsync(mobile))["consent_status"]);
        }
    }

    private async Task<long> DriverIdAsync(string mobile)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SangamDb>().Drivers.Where(d => d.Mobile == mobile).Select(d => d.Id).SingleAsync();
    }
}
