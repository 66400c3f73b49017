using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.SimTracking;

/// <summary>Bulk location: a status per number in the order sent, bounded retries, batch limits.</summary>
public sealed class BulkLocationTests(TrackingServer server) : IClassFixture<TrackingServer>
{
    private const string LocationCalls = "getLocationUsingGET_3";

    [Fact]
    public async Task Every_mobile_gets_its_own_status_in_the_order_sent()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var allowed = await server.AddAllowedDriverAsync(client);
        var pending = TrackingServer.NewMobile(7);
        var otherOperator = TrackingServer.NewMobile(8);
        using (await client.AddDriverAsync(pending))
        using (await client.AddDriverAsync(otherOperator))
        {
        }

        var unknown = TrackingServer.NewMobile(1);
        using var response = await client.LocateBulkAsync(allowed, pending, otherOperator, unknown, "not-a-number", "+91" + allowed);

        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("false", (string?)body["error"]);
        var items = body["response"]!.AsArray();
        Assert.Equal(
            ["located", "no_consent", "no_consent", "not_found", "invalid_mobile", "located"],
            items.Select(i => (string)i!["response"]!["status"]!));
        Assert.Equal(["SUCCESS", "ERROR", "ERROR", "ERROR", "ERROR", "SUCCESS"], items.Select(i => (string)i!["responseStatus"]!));
        Assert.Equal([allowed, pending, otherOperator, unknown, "not-a-number", allowed], items.Select(i => (string)i!["response"]!["mobile"]!));
        Assert.Contains("PENDING", (string?)items[1]!["response"]!["message"], StringComparison.Ordinal);
        Assert.InRange((int)items[0]!["response"]!["location"]!["accuracy_m"]!, 300, 3000);
    }

    [Fact]
    public async Task Transient_operator_failures_are_retried_a_bounded_number_of_times_and_never_fail_the_batch()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobiles = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            mobiles.Add(await server.AddAllowedDriverAsync(client));
        }

        var before = server.AirtelCalls[LocationCalls];
        server.Faults.Set("airtel", new FaultProfile { ErrorRate = 1, ErrorStatus = 502 });
        HttpResponseMessage response;
        try
        {
            response = await client.LocateBulkAsync([.. mobiles]);
        }
        finally
        {
            server.Faults.Reset();
        }

        using (response)
        {
            var items = (await response.ReadJsonAsync())["response"]!.AsArray();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.All(items, i => Assert.Equal("operator_failed", (string?)i!["response"]!["status"]));
            Assert.All(items, i => Assert.Contains("Airtel Locate", (string?)i!["response"]!["message"], StringComparison.Ordinal));
        }

        // One attempt and three retries per number, no more.
        Assert.Equal(mobiles.Count * 4, server.AirtelCalls[LocationCalls] - before);

        using var recovered = await client.LocateBulkAsync([.. mobiles]);
        Assert.All((await recovered.ReadJsonAsync())["response"]!.AsArray(), i => Assert.Equal("located", (string?)i!["response"]!["status"]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task A_batch_must_hold_one_to_500_numbers(int count)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.LocateBulkAsync([.. Enumerable.Repeat(TrackingServer.NewMobile(1), count)]);

        Assert.Contains("mobiles", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_of_500_is_answered_with_500_results()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var allowed = await server.AddAllowedDriverAsync(client);
        var mobiles = Enumerable.Range(0, 499).Select(_ => TrackingServer.NewMobile(3)).Prepend(allowed).ToArray();

        using var response = await client.LocateBulkAsync(mobiles);

        var items = (await response.ReadJsonAsync())["response"]!.AsArray();
        Assert.Equal(500, items.Count);
        Assert.Equal("located", (string?)items[0]!["response"]!["status"]);
        Assert.Equal(499, items.Count(i => (string?)i!["response"]!["status"] == "not_found"));
    }
}
