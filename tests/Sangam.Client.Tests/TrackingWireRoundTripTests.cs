using Sangam.Client.Http;
using Sangam.Client.SimTracking;

namespace Sangam.Client.Tests;

/// <summary>
/// The SDK's SIM tracking records against the server's JSON (see <see cref="WireRoundTripTests"/>), through a
/// driver's whole life: consent comes on the fake clock, which this server alone moves. Every tracking answer is
/// envelope A; the SDK reads it as <c>LookupEnvelope&lt;T&gt;</c> and returns the item's payload.
/// </summary>
public sealed class TrackingWireRoundTripTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    [Fact]
    public async Task Every_tracking_endpoint_round_trips()
    {
        using var wire = new WireRecorder(server, await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(1);

        var added = await wire.BodyOfAsync(c => c.SimTracking.AddDriverAsync(new NewDriver(mobile, "Anil Sharma") { VehicleNumber = "KA01AB1234", ConsentChannel = ConsentChannel.Ivr }));
        await server.AdvanceUntilAsync(() => wire.Client.SimTracking.GetConsentAsync(mobile), c => c.ConsentStatus == ConsentStatus.Allowed);
        var consent = await wire.BodyOfAsync(c => c.SimTracking.GetConsentAsync(mobile));
        var driver = await wire.BodyOfAsync(c => c.SimTracking.GetDriverAsync(mobile));
        var page = await wire.BodyOfAsync(c => c.SimTracking.ListDriversAsync());
        var location = await wire.BodyOfAsync(c => c.SimTracking.LocateAsync(mobile));
        // A located number and one that is not a driver: items of both kinds.
        var bulk = await wire.BodyOfAsync(c => c.SimTracking.LocateManyAsync([mobile, TrackingServer.NewMobile(3)]));
        var (positions, trail) = await wire.CaptureAsync(c => c.SimTracking.GetTrailAsync(mobile, server.Clock.GetUtcNow().AddHours(-1)));
        var deleted = await wire.BodyOfAsync(c => c.SimTracking.DeleteDriverAsync(mobile));
        var asked = await AskAgainAfterARefusalAsync(wire);

        Assert.Single(positions.Positions);
        WireRoundTrip.Assert<LookupEnvelope<Driver>>(added, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<DriverConsent>>(consent, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<Driver>>(driver, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<DriverPage>>(page, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<DriverLocation>>(location, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<BulkLocationItem>>(bulk, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<DriverTrail>>(trail, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<DeletedDriver>>(deleted, WireAllowances.Flat);
        WireRoundTrip.Assert<LookupEnvelope<DriverConsent>>(asked, WireAllowances.Flat);
    }

    // Consent may be asked for again once refused, after the throttle's 10 minutes.
    private async Task<JsonNode> AskAgainAfterARefusalAsync(WireRecorder wire)
    {
        var mobile = TrackingServer.NewMobile(6);
        await wire.Client.SimTracking.AddDriverAsync(new NewDriver(mobile, "Mohan Das"));
        await server.AdvanceUntilAsync(() => wire.Client.SimTracking.GetConsentAsync(mobile), c => c.ConsentStatus == ConsentStatus.Rejected);
        server.Clock.Advance(TimeSpan.FromMinutes(11));
        return await wire.BodyOfAsync(c => c.SimTracking.RequestConsentAsync(mobile));
    }
}
