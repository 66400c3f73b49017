using System.Xml.Linq;

namespace Sangam.Api.Tests.Vehicles;

public sealed class VahanTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_registered_vehicle_answers_envelope_a_with_vahans_xml()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });

        var item = await response.ReadFlatItemAsync();
        Assert.Equal("SUCCESS", (string?)item["responseStatus"]);
        var xml = XElement.Parse((string)item["response"]!);
        Assert.Equal("VehicleDetails", xml.Name.LocalName);
        Assert.Equal("OK", (string?)xml.Element("stautsMessage"));
        Assert.Equal("MH12NW4402", (string?)xml.Element("rc_regn_no"));
        Assert.Equal("ACTIVE", (string?)xml.Element("rc_status"));
        Assert.Null(xml.Element("rc_pucc_upto"));
        Assert.DoesNotContain(xml.Elements(), e => e.Name.LocalName.StartsWith("rc_permit", StringComparison.Ordinal));
        Assert.Matches(@"^\w\*+\w( \w\*+\w| \w\*)*", (string?)xml.Element("rc_owner_name"));
        Assert.EndsWith("*****", (string?)xml.Element("rc_chasi_no"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mh-12 nw 4402")]
    [InlineData(" MH 12 NW 4402 ")]
    public async Task Spacing_hyphens_and_case_are_normalised_before_the_lookup(string written)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = written });

        var item = await response.ReadFlatItemAsync();
        Assert.Contains("<rc_regn_no>MH12NW4402</rc_regn_no>", (string?)item["response"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bharat_series_vehicle_is_found()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "22BH1234AA" });

        var item = await response.ReadFlatItemAsync();
        Assert.Contains("<rc_regn_no>22BH1234AA</rc_regn_no>", (string?)item["response"], StringComparison.Ordinal);
        Assert.Contains("<rc_regn_dt>", (string?)item["response"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_vehicle_is_the_documented_200_not_an_http_error()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH01ZZ9999" });

        var item = await response.ReadFlatItemAsync();
        Assert.Equal("Vehicle Details not Found", (string?)item["response"]);
        Assert.Equal("ERROR", (string?)item["responseStatus"]);
    }

    [Fact]
    public async Task The_answer_carries_the_wrapped_envelope_too_for_clients_that_read_data()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });

        var body = await response.ReadJsonAsync();
        Assert.True((bool)body["success"]!);
        var data = body["data"]!.AsObject();
        Assert.Equal(["response", "error", "code", "message"], data.Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(body["response"], data["response"]));
        Assert.Equal(("false", "200", "Success"), ((string?)data["error"], (string?)data["code"], (string?)data["message"]));
        Assert.Equal("MH12NW4402", (string?)XElement.Parse((string)(await response.ReadWrappedItemAsync())["response"]!).Element("rc_regn_no"));
    }

    [Fact]
    public async Task A_record_of_another_vehicle_is_an_upstream_failure_never_passed_on()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "UP32KH0320" });

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway);
        Assert.Contains("ULIP VAHAN/01 failed: it answered with the record of a different vehicle than the one asked for", message, StringComparison.Ordinal);
        Assert.DoesNotContain("RJ11GC0346", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MH12NW44020")]
    [InlineData("12345")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_malformed_number_is_a_400_naming_the_field_and_its_pattern(string? number)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = number });

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Data format failed OR wrong value entered at: vehiclenumber. Format should follow "
            + "^[A-Z]{2}[0-9]{1,2}[A-Z]{0,3}[0-9]{4}$|^[0-9]{2}BH[0-9]{4}[A-HJ-NP-Z]{1,2}$", message);
    }

    [Theory]
    [InlineData("/api/v1/sbt/VAHAN/")]
    [InlineData("/api/v2/sbt/VAHAN")]
    [InlineData("/api/v2/sbt/vahan/")]
    public async Task The_v1_spelling_and_paths_without_the_slash_work_too(string path)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync(path, new { vehiclenumber = "MH12NW4402" });

        Assert.Equal("SUCCESS", (string?)(await response.ReadFlatItemAsync())["responseStatus"]);
    }

    [Fact]
    public async Task Without_a_token_the_lookup_is_refused()
    {
        using var client = server.CreateClient();

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }
}
