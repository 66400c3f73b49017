using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.SimTracking;

public sealed class DriverLifecycleTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    private const string LocationCalls = "getLocationUsingGET_3";
    private const string ConsentRequests = "initiateConsentUsingPOST_3";

    [Fact]
    public async Task A_driver_goes_from_added_through_consent_location_bulk_and_trail_to_deleted()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(3);

        using var added = await client.AddDriverAsync("+91 " + mobile, "Suresh Yadav");
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var driver = await added.PayloadAsync();
        Assert.Equal(mobile, (string?)driver["mobile"]);
        Assert.Equal("Suresh Yadav", (string?)driver["driver_name"]);
        Assert.Equal("MH12NW4402", (string?)driver["vehicle_number"]);
        Assert.Equal("airtel", (string?)driver["operator"]);
        Assert.Equal("PENDING", (string?)driver["consent_status"]);
        Assert.EndsWith("+05:30", (string?)driver["consent_requested_at"], StringComparison.Ordinal);

        using (var early = await client.LocateAsync(mobile))
        {
            var refusal = await early.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
            Assert.Contains("PENDING", refusal, StringComparison.Ordinal);
        }

        var consent = await server.ConsentBecomesAsync(client, mobile, "ALLOWED");
        Assert.Equal("airtel", (string?)consent["operator"]);
        Assert.NotNull((string?)consent["consent_valid_till"]);
        var events = consent["events"]!.AsArray();
        Assert.Equal(["PENDING", "PENDING", "ALLOWED"], events.Take(2).Append(events[^1]).Select(e => (string)e!["consent_status"]!));
        Assert.Equal("customer", (string?)events[0]!["source"]);
        Assert.Equal("operator", (string?)events[^1]!["source"]);

        var callsBefore = server.AirtelCalls[LocationCalls];
        using var located = await client.LocateAsync(mobile);
        var location = await located.PayloadAsync();
        Assert.Equal(mobile, (string?)location["mobile"]);
        Assert.InRange((double)location["latitude"]!, 8.0, 37.0);
        Assert.InRange((double)location["longitude"]!, 68.0, 97.5);
        Assert.InRange((int)location["accuracy_m"]!, 300, 3000);
        Assert.Equal("operator", (string?)location["source"]);
        Assert.EndsWith("+05:30", (string?)location["located_at"], StringComparison.Ordinal);
        Assert.Equal(callsBefore + 1, server.AirtelCalls[LocationCalls]);

        using (var again = await client.LocateAsync(mobile))
        {
            Assert.Equal((string?)location["located_at"], (string?)(await again.PayloadAsync())["located_at"]);
            Assert.Equal(callsBefore + 1, server.AirtelCalls[LocationCalls]);
        }

        server.Clock.Advance(TimeSpan.FromMinutes(6));
        using (var later = await client.LocateAsync(mobile))
        {
            Assert.NotEqual((string?)location["located_at"], (string?)(await later.PayloadAsync())["located_at"]);
            Assert.Equal(callsBefore + 2, server.AirtelCalls[LocationCalls]);
        }

        using (var bulk = await client.LocateBulkAsync(mobile))
        {
            Assert.Equal("located", (string?)(await bulk.PayloadAsync())["status"]);
            Assert.Equal(callsBefore + 2, server.AirtelCalls[LocationCalls]);
        }

        using (var trail = await client.GetAsync($"{TrackingCalls.Drivers}{mobile}/trail?from={Uri.EscapeDataString(server.Clock.GetUtcNow().AddHours(-1).ToString("O"))}"))
        {
            var payload = await trail.PayloadAsync();
            Assert.Equal(2, (int)payload["count"]!);
            Assert.True(string.CompareOrdinal((string?)payload["positions"]![0]!["located_at"], (string?)payload["positions"]![1]!["located_at"]) < 0);
        }

        using (var deleted = await client.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
            var payload = await deleted.PayloadAsync();
            Assert.True((bool)payload["deleted"]!);
            Assert.True((bool)payload["operator_released"]!);
            Assert.Equal(2, (int)payload["positions_erased"]!);
        }

        Assert.Null(server.AirtelSubscribers.Find("91" + mobile));
        foreach (var path in new[] { "", "/consent", "/location", "/trail" })
        {
            using var gone = await client.GetAsync($"{TrackingCalls.Drivers}{mobile}{path}");
            await gone.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Adding_a_driver_again_returns_it_without_asking_for_consent_again()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(2);
        using var first = await client.AddDriverAsync(mobile, "Old Name");
        var requests = server.AirtelCalls[ConsentRequests];

        using var second = await client.AddDriverAsync("0" + mobile, "New Name");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var driver = await second.PayloadAsync();
        Assert.Equal("New Name", (string?)driver["driver_name"]);
        Assert.Equal((string?)(await first.PayloadAsync())["consent_requested_at"], (string?)driver["consent_requested_at"]);
        Assert.Equal(requests, server.AirtelCalls[ConsentRequests]);
        using var list = await client.GetAsync(TrackingCalls.Drivers);
        Assert.Equal(1, (int)(await list.PayloadAsync())["count"]!);
    }

    [Theory]
    [InlineData("""{"mobile": "12345", "driver_name": "A"}""", "mobile", "^[6-9][0-9]{9}$")]
    [InlineData("""{"mobile": "9876543210", "driver_name": " "}""", "driver_name", "^.{1,100}$")]
    [InlineData("""{"mobile": "9876543210", "driver_name": "A", "vehicle_number": "XYZ"}""", "vehicle_number", "^[A-Z]{2}")]
    [InlineData("""{"mobile": "9876543210", "driver_name": "A", "consent_channel": "EMAIL"}""", "consent_channel", "^(SMS|IVR)$")]
    [InlineData("""{"mobile": "9876543210", "driver_name": "A", "language": "FR"}""", "language", "^(EN|HI|")]
    public async Task Invalid_input_is_a_400_that_names_the_field_and_its_pattern(string body, string field, string pattern)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync(TrackingCalls.Drivers, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith($"Data format failed OR wrong value entered at: {field}. Format should follow {pattern}", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, "REJECTED", "refused")]
    [InlineData(9, "FAILED", "not delivered")]
    public async Task Refused_and_undeliverable_requests_end_the_consent_and_no_location_is_given(int lastDigit, string status, string detail)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(lastDigit);
        using var added = await client.AddDriverAsync(mobile);

        var consent = await server.ConsentBecomesAsync(client, mobile, status);

        Assert.Contains(detail, (string?)consent["consent_detail"], StringComparison.OrdinalIgnoreCase);
        using var location = await client.LocateAsync(mobile);
        Assert.Contains(status, await location.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_no_configured_operator_serves_fails_at_once_with_the_reason()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var added = await client.AddDriverAsync(TrackingServer.NewMobile(8));

        var driver = await added.PayloadAsync();
        Assert.Equal("FAILED", (string?)driver["consent_status"]);
        Assert.Null((string?)driver["operator"]);
        Assert.Contains("Not an airtel number", (string?)driver["consent_detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ivr_consent_is_answered_by_a_keypress()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(4);
        using var added = await client.AddDriverAsync(mobile, channel: "ivr");

        var consent = await server.ConsentBecomesAsync(client, mobile, "ALLOWED");

        Assert.Equal("IVR", (string?)consent["consent_channel"]);
        Assert.Equal("driver answered the consent call", (string?)consent["consent_detail"]);
    }

    [Fact]
    public async Task Asking_again_is_throttled_refused_while_allowed_and_otherwise_starts_a_new_request()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var rejecting = TrackingServer.NewMobile(6);
        using (await client.AddDriverAsync(rejecting))
        {
        }

        await server.ConsentBecomesAsync(client, rejecting, "REJECTED");
        using (var tooSoon = await client.PostAsync($"{TrackingCalls.Drivers}{rejecting}/consent", null))
        {
            await tooSoon.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
            Assert.NotNull(tooSoon.Headers.RetryAfter);
        }

        server.Clock.Advance(TimeSpan.FromMinutes(10));
        var requests = server.AirtelCalls[ConsentRequests];
        using (var again = await client.PostAsync($"{TrackingCalls.Drivers}{rejecting}/consent", null))
        {
            var consent = await again.PayloadAsync();
            Assert.Equal("PENDING", (string?)consent["consent_status"]);
            Assert.Equal("Consent requested again", (string?)consent["events"]!.AsArray()[^2]!["detail"]);
            Assert.Equal(requests + 1, server.AirtelCalls[ConsentRequests]);
        }

        var allowed = await server.AddAllowedDriverAsync(client);
        using var pointless = await client.PostAsync($"{TrackingCalls.Drivers}{allowed}/consent", null);
        await pointless.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_driver_who_revokes_consent_is_no_longer_located_and_the_positions_taken_under_it_are_erased()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);
        using (var located = await client.LocateAsync(mobile))
        {
            await located.PayloadAsync();
        }

        server.Clock.Advance(TimeSpan.FromMinutes(6));
        using (var stop = await server.CreateClient().PostAsJsonAsync($"/sandbox/airtel/_sms/{mobile}", new { text = "STOP" }))
        {
            Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        }

        using (var refused = await client.LocateAsync(mobile))
        {
            Assert.Contains("revoked", await refused.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        }

        var consent = await server.ConsentBecomesAsync(client, mobile, "REJECTED");
        Assert.Contains("1 stored positions erased", (string?)consent["events"]!.AsArray()[^1]!["detail"], StringComparison.Ordinal);
        using var trail = await client.GetAsync($"{TrackingCalls.Drivers}{mobile}/trail?from={server.Clock.GetUtcNow().AddDays(-1):yyyy-MM-dd}");
        Assert.Equal(0, (int)(await trail.PayloadAsync())["count"]!);
    }

    [Fact]
    public async Task The_account_lists_its_drivers_filtered_by_consent_and_paged()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var allowed = await server.AddAllowedDriverAsync(client);
        using (await client.AddDriverAsync(TrackingServer.NewMobile(8)))
        using (await client.AddDriverAsync(TrackingServer.NewMobile(7)))
        {
        }

        using var all = await client.GetAsync(TrackingCalls.Drivers + "?page_size=2");
        using var onlyAllowed = await client.GetAsync(TrackingCalls.Drivers + "?consent_status=allowed");
        using var bad = await client.GetAsync(TrackingCalls.Drivers + "?consent_status=MAYBE");

        var page = await all.PayloadAsync();
        Assert.Equal(3, (int)page["count"]!);
        Assert.Equal(2, page["drivers"]!.AsArray().Count);
        var filtered = await onlyAllowed.PayloadAsync();
        Assert.Equal(allowed, (string?)filtered["drivers"]!.AsArray().Single()!["mobile"]);
        await bad.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_operator_failure_delays_the_consent_request_but_never_fails_the_add()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(5);
        server.Faults.Set("airtel", new FaultProfile { ErrorRate = 1 });
        HttpResponseMessage added;
        try
        {
            added = await client.AddDriverAsync(mobile);
        }
        finally
        {
            server.Faults.Reset();
        }

        using (added)
        {
            var driver = await added.PayloadAsync();
            Assert.Equal("PENDING", (string?)driver["consent_status"]);
            Assert.Null((string?)driver["operator"]);
        }

        var consent = await server.ConsentBecomesAsync(client, mobile, "ALLOWED");
        Assert.Equal("airtel", (string?)consent["operator"]);
    }

    [Fact]
    public async Task Logs_never_carry_a_full_mobile_number()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);
        using (await client.LocateAsync(mobile))
        using (await client.LocateBulkAsync(mobile, "9000000000"))
        using (await client.DeleteAsync($"{TrackingCalls.Drivers}{mobile}"))
        {
        }

        var logs = server.Logs.All;
        Assert.Contains(mobile[..2] + "XXXXXX" + mobile[^2..], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile, logs, StringComparison.Ordinal);
    }
}
