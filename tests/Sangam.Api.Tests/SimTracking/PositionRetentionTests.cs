using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Tests.SimTracking;

/// <summary>Stored positions are personal data kept for <c>Tracking:PositionRetention</c> only (default 90 days).</summary>
public sealed class PositionRetentionTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    [Fact]
    public async Task The_periodic_clean_up_deletes_a_position_past_the_retention_and_keeps_a_younger_one()
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        var mobile = await server.AddAllowedDriverAsync(client);
        await LocateAsync(client, mobile);
        server.Clock.Advance(TimeSpan.FromDays(2));
        using var twoDaysLater = await server.ClientForAsync(user);
        await LocateAsync(twoDaysLater, mobile);
        Assert.Equal(2, await PositionsOfAsync(mobile));

        server.Clock.Advance(TimeSpan.FromDays(88) + TimeSpan.FromMinutes(1));

        await server.AdvanceUntilAsync(() => PositionsOfAsync(mobile), count => count == 1, TimeSpan.FromMinutes(1));
    }

    private static async Task LocateAsync(HttpClient client, string mobile)
    {
        using var located = await client.LocateAsync(mobile);
        Assert.Equal(HttpStatusCode.OK, located.StatusCode);
    }

    private async Task<int> PositionsOfAsync(string mobile)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var driver = await db.Drivers.AsNoTracking().SingleAsync(d => d.Mobile == mobile);
        return await db.DriverPositions.CountAsync(p => p.DriverId == driver.Id);
    }
}
