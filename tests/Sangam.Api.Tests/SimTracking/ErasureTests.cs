using System.Text;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.SimTracking;

/// <summary>Deleting a driver leaves nothing personal behind: checked in the database itself.</summary>
public sealed class ErasureTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    [Fact]
    public async Task Deletion_leaves_no_personal_data_in_any_table()
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        var mobile = await server.AddAllowedDriverAsync(client);
        using (var withKey = new HttpRequestMessage(HttpMethod.Post, TrackingCalls.Bulk) { Content = JsonContent.Create(new { mobiles = new[] { mobile } }) })
        {
            withKey.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var bulk = await client.SendAsync(withKey);
            Assert.Equal("located", (string?)(await bulk.PayloadAsync())["status"]);
        }

        using (var addAgain = new HttpRequestMessage(HttpMethod.Post, TrackingCalls.Drivers) { Content = JsonContent.Create(new { mobile, driver_name = "Ramesh Kumar" }) })
        {
            addAgain.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var replayable = await client.SendAsync(addAgain);
            Assert.Equal(HttpStatusCode.OK, replayable.StatusCode);
        }

        var driverId = await InDatabaseAsync(db => db.Drivers.Where(d => d.Mobile == mobile).Select(d => d.Id).SingleAsync());
        Assert.True(await InDatabaseAsync(db => db.DriverPositions.AnyAsync(p => p.DriverId == driverId)));
        Assert.True(await StoredAnswersQuotingAsync(user.AccountId, mobile) > 0);

        using (var deleted = await client.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
            await deleted.PayloadAsync();
        }

        Assert.False(await InDatabaseAsync(db => db.Drivers.AnyAsync(d => d.Mobile == mobile || d.Id == driverId)));
        Assert.False(await InDatabaseAsync(db => db.DriverPositions.AnyAsync(p => p.DriverId == driverId)));
        Assert.False(await InDatabaseAsync(db => db.ConsentEvents.AnyAsync(e => e.DriverId == driverId)));
        Assert.Equal(0, await StoredAnswersQuotingAsync(user.AccountId, mobile));
        Assert.Null(server.AirtelSubscribers.Find("91" + mobile));
    }

    [Fact]
    public async Task When_the_operator_fails_the_data_is_erased_at_once_and_the_release_finishes_later()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);
        using (var located = await client.LocateAsync(mobile))
        {
            await located.PayloadAsync();
        }

        server.Faults.Set("airtel", new FaultProfile { ErrorRate = 1 });
        try
        {
            using var deleted = await client.DeleteAsync($"{TrackingCalls.Drivers}{mobile}");
            var payload = await deleted.PayloadAsync();
            Assert.False((bool)payload["operator_released"]!);
            Assert.Equal(1, (int)payload["positions_erased"]!);
        }
        finally
        {
            server.Faults.Reset();
        }

        var pending = await InDatabaseAsync(db => db.Drivers.AsNoTracking().SingleAsync(d => d.Mobile == mobile));
        Assert.Equal("", pending.Name);
        Assert.Null(pending.VehicleNumber);
        Assert.Null(pending.ConsentDetail);
        Assert.NotNull(pending.DeletedAt);
        Assert.False(await InDatabaseAsync(db => db.DriverPositions.AnyAsync(p => p.DriverId == pending.Id)));
        Assert.False(await InDatabaseAsync(db => db.ConsentEvents.AnyAsync(e => e.DriverId == pending.Id)));
        using (var hidden = await client.GetAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
            await hidden.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        }

        await server.AdvanceUntilAsync(() => InDatabaseAsync(db => db.Drivers.AnyAsync(d => d.Mobile == mobile)), exists => !exists);
        Assert.Null(server.AirtelSubscribers.Find("91" + mobile));
    }

    private async Task<T> InDatabaseAsync<T>(Func<SangamDb, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SangamDb>());
    }

    private Task<int> StoredAnswersQuotingAsync(long accountId, string mobile) => InDatabaseAsync(async db =>
    {
        var answers = await db.IdempotencyRecords.AsNoTracking().Where(r => r.AccountId == accountId).Select(r => r.ResponseBody).ToListAsync();
        return answers.Count(body => body is not null && Encoding.UTF8.GetString(body).Contains(mobile, StringComparison.Ordinal));
    });
}
