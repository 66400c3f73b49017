using Sangam.Client;
using Sangam.Client.SimTracking;

namespace Sangam.Client.Tests;

public sealed class SimTrackingClientTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    [Fact]
    public async Task A_driver_is_added_allowed_located_in_bulk_traced_and_deleted_through_the_sdk()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(1);
        var second = TrackingServer.NewMobile(2);

        var driver = await client.SimTracking.AddDriverAsync(new NewDriver("+91" + mobile, "Anil Sharma") { VehicleNumber = "ka 01 ab 1234", ConsentChannel = ConsentChannel.Ivr, Language = "hi" });
        await client.SimTracking.AddDriverAsync(new NewDriver(second, "Vikram Singh"));
        Assert.Equal(mobile, driver.Mobile);
        Assert.Equal("KA01AB1234", driver.VehicleNumber);
        Assert.Equal(ConsentChannel.Ivr, driver.ConsentChannel);
        Assert.Equal("HI", driver.Language);
        Assert.Equal(ConsentStatus.Pending, driver.ConsentStatus);
        Assert.Equal(TimeSpan.FromHours(5.5), driver.CreatedAt.Offset);

        var consent = await server.AdvanceUntilAsync(() => client.SimTracking.GetConsentAsync(mobile), c => c.ConsentStatus == ConsentStatus.Allowed);
        await server.AdvanceUntilAsync(() => client.SimTracking.GetConsentAsync(second), c => c.ConsentStatus == ConsentStatus.Allowed);
        Assert.Equal(ConsentEventSource.Operator, consent.Events[^1].Source);
        Assert.NotNull(consent.ConsentValidTill);

        var location = await client.SimTracking.LocateAsync(mobile);
        Assert.Equal("operator", location.Source);
        Assert.InRange(location.AccuracyM, 300, 3000);

        var progress = new ProgressRecorder();
        var results = await client.SimTracking.LocateManyAsync([mobile, second, TrackingServer.NewMobile(3)], batchSize: 2, progress: progress);
        Assert.Equal([BulkLocationStatus.Located, BulkLocationStatus.Located, BulkLocationStatus.NotFound], results.Select(r => r.Status));
        Assert.Equal([new BulkLocationProgress(2, 3), new BulkLocationProgress(3, 3)], progress.Reports);
        Assert.Equal(location.LocatedAt, results[0].Location!.LocatedAt);

        var trail = await client.SimTracking.GetTrailAsync(mobile, server.Clock.GetUtcNow().AddHours(-1));
        Assert.Equal(1, trail.Count);
        var page = await client.SimTracking.ListDriversAsync(ConsentStatus.Allowed, pageSize: 1);
        Assert.Equal(2, page.Count);
        Assert.Single(page.Drivers);

        var deleted = await client.SimTracking.DeleteDriverAsync(mobile);
        Assert.True(deleted.OperatorReleased);
        Assert.Equal(1, deleted.PositionsErased);
        await Assert.ThrowsAsync<SangamNotFoundException>(() => client.SimTracking.GetDriverAsync(mobile));
    }

    [Fact]
    public async Task Refusals_come_back_as_typed_exceptions_with_the_servers_reason()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(6);
        await client.SimTracking.AddDriverAsync(new NewDriver(mobile, "Mohan Das"));

        var noConsent = await Assert.ThrowsAsync<SangamForbiddenException>(() => client.SimTracking.LocateAsync(mobile));
        var invalid = await Assert.ThrowsAsync<SangamValidationException>(() => client.SimTracking.AddDriverAsync(new NewDriver("12345", "X")));
        var unknown = await Assert.ThrowsAsync<SangamNotFoundException>(() => client.SimTracking.GetConsentAsync(TrackingServer.NewMobile(1)));

        // The throttle's Retry-After (minutes) is an answer, not a hiccup: no waiting and retrying.
        var throttled = await Assert.ThrowsAsync<SangamRateLimitException>(() => client.SimTracking.RequestConsentAsync(mobile));

        Assert.Contains("PENDING", noConsent.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("mobile", invalid.ErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(unknown.TraceId);
        Assert.True(throttled.RetryAfter > TimeSpan.FromMinutes(5));
    }

    private sealed class ProgressRecorder : IProgress<BulkLocationProgress>
    {
        public List<BulkLocationProgress> Reports { get; } = [];

        public void Report(BulkLocationProgress value) => Reports.Add(value);
    }
}
