using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.SimTracking;

/// <summary>A tracking server whose bulk calls give the operator two seconds.</summary>
public sealed class ShortBulkDeadlineServer : TrackingServer
{
    protected override IReadOnlyDictionary<string, string?> TrackingSettings => new Dictionary<string, string?>
    {
        ["Tracking:BulkDeadline"] = "00:00:02",
    };
}

/// <summary>
/// The bulk deadline on a server of its own: the other bulk tests keep the default deadline, so that retries on a busy
/// machine are never cut short by it.
/// </summary>
public sealed class BulkDeadlineTests(ShortBulkDeadlineServer server) : IClassFixture<ShortBulkDeadlineServer>
{
    [Fact]
    public async Task Numbers_the_operator_has_not_located_by_the_deadline_are_reported_as_such()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var mobile = await server.AddAllowedDriverAsync(client);

        server.Faults.Set("airtel", new FaultProfile { Latency = TimeSpan.FromSeconds(10) });
        HttpResponseMessage response;
        try
        {
            response = await client.LocateBulkAsync(mobile);
        }
        finally
        {
            server.Faults.Reset();
        }

        using (response)
        {
            var item = await response.PayloadAsync();
            Assert.Equal("operator_failed", (string?)item["status"]);
            Assert.Contains("deadline", (string?)item["message"], StringComparison.Ordinal);
        }
    }
}
