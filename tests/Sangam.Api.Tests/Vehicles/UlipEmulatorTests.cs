using Sangam.India.Vehicles;
using Sangam.Sandbox.Ulip;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Api.Tests.Vehicles;

/// <summary>The ULIP emulator speaks ULIP's protocol and ships a dataset worth testing against.</summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class UlipEmulatorTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    private const string Api = Lookups.UlipEmulatorApi;

    [Fact]
    public async Task Login_returns_a_token_at_response_id_and_refuses_wrong_credentials()
    {
        using var client = server.UlipEmulatorClient();

        using var good = await client.PostAsJsonAsync(Api + "user/login", new { username = UlipEmulatorOptions.DefaultUsername, password = UlipEmulatorOptions.DefaultPassword });
        using var bad = await client.PostAsJsonAsync(Api + "user/login", new { username = UlipEmulatorOptions.DefaultUsername, password = "guess" });

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)(await good.ReadJsonAsync())["response"]!["id"]));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal("true", (string?)(await bad.ReadJsonAsync())["error"]);
    }

    [Fact]
    public async Task Services_answer_403_without_a_valid_token()
    {
        using var client = server.UlipEmulatorClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        using var response = await client.PostAsJsonAsync(Api + "VAHAN/01", new { vehiclenumber = "MH12NW4402" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Echallan_refuses_the_lower_case_key_with_a_400_as_ulip_does()
    {
        using var client = await server.UlipEmulatorSessionAsync();

        using var lower = await client.PostAsJsonAsync(Api + "ECHALLAN/01", new { vehiclenumber = "TN09BZ7777" });
        using var camel = await client.PostAsJsonAsync(Api + "ECHALLAN/01", new { vehicleNumber = "TN09BZ7777" });

        Assert.Equal(HttpStatusCode.BadRequest, lower.StatusCode);
        Assert.Equal(HttpStatusCode.OK, camel.StatusCode);
        Assert.Equal("false", (string?)(await camel.ReadJsonAsync())["error"]);
    }

    [Fact]
    public void The_dataset_has_the_variety_the_checks_need()
    {
        var dataset = server.Services.GetRequiredService<UlipDataset>();
        var vehicles = dataset.Vehicles;

        Assert.True(vehicles.Count >= 200, $"{vehicles.Count} vehicles");
        Assert.True(vehicles.Select(v => v.Rto.State).Distinct().Count() >= 15);
        Assert.All(vehicles, v => Assert.True(VehicleNumber.TryParse(v.Number, out _), v.Number));
        Assert.Contains(vehicles, v => VehicleNumber.Parse(v.Number).Value.Series == VehicleNumberSeries.Bharat);
        Assert.All(Enum.GetValues<VehicleKind>(), kind => Assert.True(vehicles.Count(v => v.Kind == kind) >= 10, $"{kind}"));
        Assert.All(Enum.GetValues<FastagTagStatus>(), status => Assert.Contains(vehicles, v => v.Tags.Any(t => t.Status == status)));
        Assert.InRange(vehicles.Count(v => v.InsuranceDays < 0), 10, vehicles.Count / 3);
        Assert.InRange(vehicles.Count(v => v.FitnessDays < 0), 5, vehicles.Count / 3);
        Assert.InRange(vehicles.Count(v => v.PuccDays < 0), 10, vehicles.Count / 3);
        Assert.Contains(vehicles, v => v.Blacklisted);
        Assert.Contains(vehicles, v => v.Challans.Any(c => c.Disposed));
        Assert.True(vehicles.Count(v => v.Challans.Any(c => !c.Disposed)) >= 20);
        Assert.All(vehicles.SelectMany(v => v.Challans), c => Assert.True(EChallanNumber.TryParse(c.Number, out _), c.Number));
        Assert.True(dataset.Licences.Count >= 150);
        Assert.All(dataset.Licences, l => Assert.True(DrivingLicence.Parse(l.Number).Value.IsStandard, l.Number));
        Assert.Contains(dataset.Licences, l => l.TransportValidDays < 0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_dataset()
    {
        var first = new UlipDataset(seed: 7);
        var second = new UlipDataset(seed: 7);
        var other = new UlipDataset(seed: 8);

        Assert.Equal(first.Vehicles.Select(v => v.Number), second.Vehicles.Select(v => v.Number));
        Assert.Equal(first.Vehicles.SelectMany(v => v.Tags.Select(t => t.TagId)), second.Vehicles.SelectMany(v => v.Tags.Select(t => t.TagId)));
        Assert.Equal(first.Licences.Select(l => l.Number), second.Licences.Select(l => l.Number));
        Assert.NotEqual(first.Vehicles.Select(v => v.Number), other.Vehicles.Select(v => v.Number));
    }

    [Fact]
    public async Task The_dataset_listing_puts_the_scenarios_first()
    {
        using var client = server.CreateClient();

        var listing = JsonNode.Parse(await client.GetStringAsync("/sandbox/ulip/_dataset"))!;

        var first = listing["vehicles"]![0]!;
        Assert.NotNull((string?)first["scenario"]);
        Assert.Contains(listing["vehicles"]!.AsArray(), v => (string?)v!["number"] == "MH12NW4402" && (string?)v["driver"] == "GJ04 20120005008");
    }
}
