using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.Vehicles;

/// <summary>
/// A server that lets two ULIP calls run at once, with the connector's usual timeouts: the calls queue behind the cap,
/// and a loaded machine must not turn the wait into a timeout.
/// </summary>
public sealed class CappedUlipServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Ulip:MaxConcurrentCalls"] = "2",
        ["Ulip:BreakerMinimumThroughput"] = "10000",
    };
}

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class UlipConcurrencyTests(CappedUlipServer server) : IClassFixture<CappedUlipServer>, IDisposable
{
    private const string Vahan = "/api/v2/sbt/VAHAN/";

    [Fact]
    public async Task Calls_in_flight_to_a_service_are_capped()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        server.Faults.Set("ulip", new FaultProfile { Latency = TimeSpan.FromMilliseconds(200) });
        server.UlipStats().Reset();
        string[] vehicles = ["MH12NW4402", "KA01AB1234", "TN09BZ7777", "RJ14GB5678", "HR55AK4321", "GJ05CU1111"];

        var responses = await Task.WhenAll(vehicles.Select(v => client.PostAsync(Vahan, new { vehiclenumber = v }, fresh: true)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(2, server.UlipStats().MaxInFlight);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    public void Dispose() => server.Faults.Reset();
}
