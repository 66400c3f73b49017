namespace Sangam.Api.Tests.Vehicles;

public sealed class EchallanTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Pending_and_disposed_challans_are_wrapped_with_the_states_fields()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/ECHALLAN/", new { vehiclenumber = "TN09BZ7777" });

        var data = (await response.ReadWrappedItemAsync())["response"]!["data"]!;
        var pending = data["Pending_data"]!.AsArray();
        var disposed = data["Disposed_data"]!.AsArray();
        Assert.Equal(3, pending.Count);
        Assert.Equal(2, disposed.Count);
        Assert.Equal(24000, pending.Sum(c => decimal.Parse((string)c!["fine_imposed"]!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(pending, c =>
        {
            Assert.Equal("Pending", (string?)c!["challan_status"]);
            Assert.Matches(@"^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$", (string?)c["challan_date_time"]);
            Assert.Matches(@"^\w\*+\w", (string?)c["owner_name"]);
            Assert.NotEmpty(c["offence_details"]!.AsArray());
            Assert.True(c.AsObject().ContainsKey("rto_distric_name"));
        });
        Assert.All(disposed, c => Assert.False(string.IsNullOrEmpty((string?)c!["receipt_no"])));
    }

    [Fact]
    public async Task A_vehicle_without_challans_answers_two_empty_lists()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/ECHALLAN/", new { vehiclenumber = "MH12NW4402" });

        var item = await response.ReadWrappedItemAsync();
        Assert.Equal("SUCCESS", (string?)item["responseStatus"]);
        Assert.Empty(item["response"]!["data"]!["Pending_data"]!.AsArray());
        Assert.Empty(item["response"]!["data"]!["Disposed_data"]!.AsArray());
        Assert.Equal("Record  finds successfully", (string?)item["response"]!["message"]);
    }

    [Fact]
    public async Task A_vehicle_echallan_does_not_know_answers_code_305_inside_a_success_item()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/ECHALLAN/", new { vehiclenumber = "MH01ZZ9999" });

        var item = await response.ReadWrappedItemAsync();
        Assert.Equal("SUCCESS", (string?)item["responseStatus"]);
        Assert.Equal("305", (string?)item["response"]!["code"]);
        Assert.Equal("No Records Found!", (string?)item["response"]!["message"]);
    }

    [Fact]
    public async Task The_lookup_reaches_ulip_with_the_camel_case_key_it_insists_on()
    {
        // The emulator refuses "vehiclenumber" on ECHALLAN/01 with a 400, as ULIP does; a found answer proves the key.
        // Other classes share this server and may call ECHALLAN/01 meanwhile: the count can only be said to have grown.
        var emulatorCalls = server.UlipStats().CallsTo("ECHALLAN/01");
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/ECHALLAN/", new { vehicleNumber = "TN09BZ7777" });

        Assert.NotNull((await response.ReadWrappedItemAsync())["response"]!["data"]);
        Assert.True(server.UlipStats().CallsTo("ECHALLAN/01") > emulatorCalls);
    }

    [Fact]
    public async Task A_malformed_number_is_a_400_naming_the_field()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/ECHALLAN/", new { vehiclenumber = "TN-9" });

        Assert.StartsWith("Data format failed OR wrong value entered at: vehiclenumber.", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
