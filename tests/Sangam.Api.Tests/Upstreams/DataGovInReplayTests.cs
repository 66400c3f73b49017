using Sangam.India.Companies;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>What the caller gets for a company only data.gov.in knows, as the sample answers it.</summary>
/// <param name="Company">Found: the company's name, status, incorporation date, registrar and (by a name search) state and class.</param>
/// <param name="Error">The error envelope's message, when data.gov.in failed.</param>
internal sealed record DataGovInReplayCase(
    string SampleId, (string Name, string Status, string Incorporated, string Roc, string State, string Class)? Company = null, string? Error = null);

/// <summary>
/// Every real data.gov.in answer in <c>tests/upstream-samples/datagovin/</c>, replayed through the connector behind
/// the MCA lookup: the contract answer, whether the company or the miss is kept (the next lookup does not ask), what
/// metering records, and how the record reads in the registry afterwards.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class DataGovInReplayTests(DataGovInReplayServer server) : IClassFixture<DataGovInReplayServer>
{
    private const string Upstream = "datagovin";
    private const string Path = "/api/v2/sbt/MCA/";

    private static readonly Dictionary<string, DataGovInReplayCase> Cases = new DataGovInReplayCase[]
    {
        new("found_cin_infosys", ("INFOSYS LIMITED", "Active", "02/07/1981", "RoC-Bangalore", "Karnataka", "Public")),
        new("found_country_column_91", ("BULOKE INTERIO PRIVATE LIMITED", "Active", "29/01/2024", "RoC-Bangalore", "Karnataka", "Private")),
        new("found_llp_blank_fields", ("Titan Winners Fund Management LLP", "Active", "10/02/2023", "RoC-Haryana", "Haryana", "LLP")),
        new("found_strike_off_foreign_subsidiary", ("EVER CORE COMMODITIES PRIVATE LIMITED", "Strike Off", "04/01/2013", "RoC-Mumbai", "Maharashtra", "Private")),
        new("not_found_cin"),
        new("error_429_rate_limited", Error: "The upstream service data.gov.in failed: it answered HTTP 429 \"Rate limit exceeded\". "
            + "This is not a problem with your request; retry later."),
        new("error_502_under_load", Error: "The upstream service data.gov.in failed: it answered HTTP 502. This is not a problem with your request; retry later."),
    }.ToDictionary(c => c.SampleId, StringComparer.Ordinal);

    private static int s_unknown;

    public static TheoryData<string> Samples => [.. UpstreamSample.IdsOf(Upstream)];

    [Fact]
    public void Every_sample_has_a_case_and_every_case_a_sample() =>
        Assert.Equal(UpstreamSample.IdsOf(Upstream).Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_real_answer_gives_its_contract_answer_cache_decision_and_metering_outcome(string id)
    {
        var expected = Cases[id];
        var sample = UpstreamSample.Load(Upstream, id);
        server.DataGovIn.Answer(sample);
        var cin = expected.Error is null ? CinOf(sample) : UnknownCin();
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);

        using var first = await client.PostAsJsonAsync(Path, new { cin });
        var calls = server.DataGovIn.Calls;
        using var second = await client.PostAsJsonAsync(Path, new { cin });

        if (expected.Error is { } error)
        {
            Assert.Equal(error, await first.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway));
            Assert.True(server.DataGovIn.Calls > calls, "a failure must not be kept");
            Assert.Equal("failed", await server.FirstUpstreamOutcomeAsync(user, "mcaLookup"));
            return;
        }

        var item = await ItemAsync(first);
        Assert.Equal(calls, server.DataGovIn.Calls);
        Assert.Contains($"filters[CIN]={cin}&", Uri.UnescapeDataString(server.DataGovIn.Queries.Last()), StringComparison.Ordinal);
        if (expected.Company is not { } company)
        {
            Assert.Equal("ERROR", (string?)item["responseStatus"]);
            Assert.Equal("record_not_found", (string?)item["response"]!["error"]);
            Assert.Equal("not_found", await server.FirstUpstreamOutcomeAsync(user, "mcaLookup"));
            return;
        }

        var payload = item["response"]!;
        Assert.Equal((cin, company.Name, company.Status, company.Incorporated, company.Roc),
            ((string?)payload["cin"], (string?)payload["companyName"], (string?)payload["companyStatus"], (string?)payload["incorporationDate"], (string?)payload["rocCode"]));
        Assert.Equal("found", await server.FirstUpstreamOutcomeAsync(user, "mcaLookup"));
        using var search = await client.GetAsync($"/api/v2/mca/search?name={Uri.EscapeDataString(company.Name)}");
        var hit = (await search.ReadJsonAsync())["data"]!.AsArray().Single(h => (string?)h!["cin"] == cin)!;
        Assert.Equal((company.State, company.Class), ((string?)hit["state"], (string?)hit["company_class"]));
    }

    // The company the sample was asked about, when it names one our identifiers accept; else one no source knows.
    private static string CinOf(UpstreamSample sample) =>
        CompanyIdentifier.TryParse((string?)sample.Request?["query"]?["filters[CIN]"], out var asked) ? asked.Value : UnknownCin();

    private static string UnknownCin() => $"U99999MH2020PTC{900000 + Interlocked.Increment(ref s_unknown):000000}";

    private static async Task<JsonNode> ItemAsync(HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return Assert.Single(body["response"]!.AsArray())!;
    }
}
