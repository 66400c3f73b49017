using System.Globalization;
using Sangam.India;

namespace Sangam.Api.Tests.Vehicles;

public sealed class FastagTests(SangamServer server) : IClassFixture<SangamServer>
{
    private const string DocumentedTag = "34161FA820328972487BE420";

    [Fact]
    public async Task Crossings_are_wrapped_strings_all_within_the_last_72_hours()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/FASTAG/", new { vehiclenumber = "MH12NW4402" });

        var item = await response.ReadWrappedItemAsync();
        var payload = item["response"]!;
        Assert.Equal("000", (string?)payload["vehicle"]!["errCode"]);
        var transactions = payload["vehicle"]!["vehltxnList"]!["txn"]!.AsArray();
        Assert.NotEmpty(transactions);
        Assert.Equal(transactions.Count.ToString(CultureInfo.InvariantCulture), (string?)payload["vehicle"]!["vehltxnList"]!["totalTagsInMsg"]);
        var now = server.Clock.GetUtcNow();
        foreach (var txn in transactions)
        {
            Assert.All(txn!.AsObject(), field => Assert.Equal(System.Text.Json.JsonValueKind.String, field.Value!.GetValueKind()));
            var readAt = Ist.FromWallClock(DateTime.ParseExact((string)txn["readerReadTime"]!, "yyyy-MM-dd HH:mm:ss.f", CultureInfo.InvariantCulture));
            Assert.InRange(readAt, now - TimeSpan.FromHours(72), now);
            Assert.Equal("MH12NW4402", (string?)txn["vehicleRegNo"]);
            Assert.EndsWith("TOLL PLAZA", (string?)txn["tollPlazaName"], StringComparison.Ordinal);
            Assert.Matches(@"^\d+\.\d+,\d+\.\d+$", (string?)txn["tollPlazaGeocode"]);
        }
    }

    [Fact]
    public async Task Crossings_leave_the_window_as_the_clock_moves_on_and_new_ones_appear()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        using var before = await client.PostAsync("/api/v2/sbt/FASTAG/", new { vehiclenumber = "MH12NW4402" });
        var earlier = SequenceNumbers(await before.ReadWrappedItemAsync());

        server.Clock.Advance(TimeSpan.FromHours(73));
        using var later = await server.ClientForAsync(await server.CreateAccountAsync());
        using var after = await later.PostAsync("/api/v2/sbt/FASTAG/", new { vehiclenumber = "MH12NW4402" });

        var current = SequenceNumbers(await after.ReadWrappedItemAsync());
        Assert.NotEmpty(earlier);
        Assert.NotEmpty(current);
        Assert.Empty(earlier.Intersect(current));
    }

    [Fact]
    public async Task A_vehicle_without_crossings_answers_err_code_740()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/FASTAG/", new { vehiclenumber = "WB02AZ4321" });

        Assert.Equal("740", (string?)(await response.ReadWrappedItemAsync())["response"]!["vehicle"]!["errCode"]);
    }

    [Fact]
    public async Task Tag_details_by_tag_id_are_the_documented_name_value_pairs()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { tagid = DocumentedTag.ToLowerInvariant() });

        var payload = (await response.ReadWrappedItemAsync())["response"]!;
        var details = Assert.Single(payload["vehicle"]!["vehicledetails"]!.AsArray())!["detail"]!.AsArray()
            .ToDictionary(d => (string)d!["name"]!, d => (string?)d!["value"]);
        Assert.Equal(DocumentedTag, details["TAGID"]);
        Assert.Equal("MP09DJ2744", details["REGNUMBER"]);
        Assert.Equal("VC20", details["VEHICLECLASS"]);
        Assert.Equal("A", details["TAGSTATUS"]);
        Assert.Equal("607417", details["BANKID"]);
    }

    [Theory]
    [InlineData("MH12NW4402", "A")]
    [InlineData("HR55AK4321", "B")]
    [InlineData("GJ05CU1111", "H")]
    [InlineData("PB10CL5555", "C")]
    [InlineData("AP16TL3333", "L,A")]
    [InlineData("KL07EX8080", "E")]
    public async Task Tag_details_by_vehicle_show_every_tag_and_its_status(string vehicle, string statuses)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { vehiclenumber = vehicle });

        var tags = (await response.ReadWrappedItemAsync())["response"]!["vehicle"]!["vehicledetails"]!.AsArray();
        Assert.Equal(statuses, string.Join(',', tags.Select(t => (string?)t!["detail"]!.AsArray().Single(d => (string?)d!["name"] == "TAGSTATUS")!["value"])));
    }

    [Fact]
    public async Task A_vehicle_without_a_tag_answers_err_code_239()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { vehiclenumber = "OD02CZ2020" });

        Assert.Equal("239", (string?)(await response.ReadWrappedItemAsync())["response"]!["vehicle"]!["errCode"]);
    }

    [Fact]
    public async Task Both_or_neither_identifier_is_a_400_that_says_so()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var both = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { vehiclenumber = "MP09DJ2744", tagid = DocumentedTag });
        using var neither = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { });

        Assert.Contains("not both", await both.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("neither", await neither.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_tag_id_is_a_400_naming_tagid_and_its_pattern()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/FASTAG/02", new { tagid = "34161FA8203289" });

        Assert.Equal("Data format failed OR wrong value entered at: tagid. Format should follow ^[0-9A-F]{24}$",
            await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest));
    }

    private static List<string> SequenceNumbers(JsonNode item) =>
        [.. item["response"]!["vehicle"]!["vehltxnList"]!["txn"]!.AsArray().Select(t => (string)t!["seqNo"]!)];
}
