namespace Sangam.Api.Tests.Vehicles;

public sealed class SarathiTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Theory]
    [InlineData("GJ04 20120005008")]
    [InlineData("gj04-20120005008")]
    [InlineData("GJ0420120005008")]
    public async Task A_licence_answers_its_holder_validity_and_classes(string written)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/SARATHI/", new { dlnumber = written, dob = "1987-05-26" });

        var item = await response.ReadFlatItemAsync();
        Assert.Equal("SUCCESS", (string?)item["responseStatus"]);
        var details = item["response"]!["dldetobj"]![0]!;
        Assert.Equal("GJ04 20120005008  ", (string?)details["dlobj"]!["dlLicno"]);
        Assert.Equal("1987-05-26", (string?)details["bioObj"]!["bioDob"]);
        Assert.Equal(["MCWG  ", "LMV   ", "HGMV  ", "TRANS "], details["dlcovs"]!.AsArray().Select(c => (string)c!["covabbrv"]!));
        Assert.NotNull((string?)details["dlobj"]!["dlTrValdtoDt"]);
        Assert.DoesNotContain("20120005008", server.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_older_state_format_is_sent_as_written_and_sarathis_refusal_is_a_400_that_quotes_it()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/SARATHI/", new { dlnumber = "DL/04/2011/149646", dob = "1987-05-26" });

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("The upstream service ULIP SARATHI/01 rejected the request: it answered \"Data format failed OR wrong value entered at: dlnumber.", message, StringComparison.Ordinal);
        Assert.False((bool)(await response.ReadJsonAsync())["retryable"]!);
    }

    [Fact]
    public async Task A_wrong_date_of_birth_is_not_found_like_an_unknown_licence()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var wrongDob = await client.PostAsync("/api/v2/sbt/SARATHI/", new { dlnumber = "GJ04 20120005008", dob = "1987-05-27" });
        using var unknown = await client.PostAsync("/api/v2/sbt/SARATHI/", new { dlnumber = "GJ04 20120009999", dob = "1987-05-26" });

        foreach (var response in new[] { wrongDob, unknown })
        {
            var body = await response.ReadJsonAsync();
            foreach (var envelope in new[] { body, body["data"]! })
            {
                var item = Assert.Single(envelope["response"]!.AsArray())!;
                Assert.Equal("ERROR", (string?)item["responseStatus"]);
                Assert.Equal("DL Details not Found", (string?)item["response"]);
            }
        }
    }

    [Theory]
    [InlineData("HR51 21210018922", "dlnumber")]
    [InlineData("12345678", "dlnumber")]
    [InlineData(null, "dlnumber")]
    public async Task A_malformed_licence_is_a_400_naming_the_field_and_its_pattern(string? dlnumber, string field)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/SARATHI/", new { dlnumber, dob = "1987-05-26" });

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.Equal($"Data format failed OR wrong value entered at: {field}. Format should follow ^[A-Z]{{2}}[0-9]{{2}}(19|20)[0-9]{{2}}[0-9]{{7}}$", message);
    }

    [Theory]
    [InlineData("26-05-1987")]
    [InlineData("1987-02-30")]
    [InlineData("2999-01-01")]
    [InlineData(null)]
    public async Task A_bad_date_of_birth_is_a_400_naming_dob(string? dob)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/SARATHI/", new { dlnumber = "GJ04 20120005008", dob });

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("Data format failed OR wrong value entered at: dob. Format should follow ^(19|20)", message, StringComparison.Ordinal);
    }
}
