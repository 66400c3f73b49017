using Sangam.Api.Accounts;

namespace Sangam.Api.Tests.SimTracking;

public sealed class AccountIsolationTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    [Fact]
    public async Task Another_account_can_neither_see_nor_locate_nor_delete_a_driver()
    {
        using var owner = await server.ClientForAsync(await server.CreateAccountAsync());
        using var stranger = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(owner);

        foreach (var path in new[] { "", "/consent", "/location", "/trail" })
        {
            using var response = await stranger.GetAsync($"{TrackingCalls.Drivers}{mobile}{path}");
            await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        }

        using (var resend = await stranger.PostAsync($"{TrackingCalls.Drivers}{mobile}/consent", null))
        using (var delete = await stranger.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        using (var bulk = await stranger.LocateBulkAsync(mobile))
        using (var list = await stranger.GetAsync(TrackingCalls.Drivers))
        {
            await resend.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
            await delete.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
            Assert.Equal("not_found", (string?)(await bulk.PayloadAsync())["status"]);
            Assert.Equal(0, (int)(await list.PayloadAsync())["count"]!);
        }

        using var stillThere = await owner.LocateAsync(mobile);
        Assert.Equal(mobile, (string?)(await stillThere.PayloadAsync())["mobile"]);
    }

    [Fact]
    public async Task The_same_number_in_two_accounts_is_two_drivers_each_needing_its_own_consent()
    {
        using var first = await server.ClientForAsync(await server.CreateAccountAsync());
        using var second = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(first);

        using (var added = await second.AddDriverAsync(mobile, "Same Phone"))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        // The operator still holds the consent given for the first account; the second waits for its own answer.
        server.Clock.Advance(TimeSpan.FromSeconds(5));
        using (var refused = await second.LocateAsync(mobile))
        {
            await refused.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
        }

        using (var meanwhile = await first.LocateAsync(mobile))
        {
            await meanwhile.PayloadAsync();
        }

        await server.ConsentBecomesAsync(second, mobile, "ALLOWED");
        using (var located = await second.LocateAsync(mobile))
        {
            await located.PayloadAsync();
        }

        using (var firstDeletes = await first.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
            Assert.True((bool)(await firstDeletes.PayloadAsync())["operator_released"]!);
        }

        // Still tracked at the operator for the second account.
        Assert.NotNull(server.AirtelSubscribers.Find("91" + mobile));
        server.Clock.Advance(TimeSpan.FromMinutes(6));
        using (var secondStillLocates = await second.LocateAsync(mobile))
        {
            await secondStillLocates.PayloadAsync();
        }

        using (await second.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
        }

        Assert.Null(server.AirtelSubscribers.Find("91" + mobile));
    }

    [Fact]
    public async Task An_account_without_the_sim_tracking_entitlement_is_refused()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Vehicles, ApiFamily.Ocr));

        using var add = await client.AddDriverAsync(TrackingServer.NewMobile(1));
        using var list = await client.GetAsync(TrackingCalls.Drivers);
        using var bulk = await client.LocateBulkAsync(TrackingServer.NewMobile(1));

        Assert.Contains("sim_tracking", await add.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        await list.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
        await bulk.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }
}
