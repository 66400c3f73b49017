using Sangam.Api.Accounts;
using Sangam.Sandbox.DataGovIn;

namespace Sangam.Api.Tests.Mca;

public sealed class McaLookupTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    private const string CinPattern = "^([L|U]{1})([0-9]{5})([A-Za-z]{2})([0-9]{4})([A-Za-z]{3})([0-9]{6})$";

    [Fact]
    public async Task A_registered_company_is_answered_in_envelope_A_with_the_documented_fields_and_padded_amounts()
    {
        using var client = await ClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = SandboxCompanies.ListedWithFinancials });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("false", (string?)body["error"]);
        Assert.Equal("200", (string?)body["code"]);
        Assert.Equal("Success", (string?)body["message"]);
        var item = body["response"]![0]!;
        Assert.Equal("SUCCESS", (string?)item["responseStatus"]);
        var payload = item["response"]!;
        Assert.Equal(SandboxCompanies.ListedWithFinancials, (string?)payload["cin"]);
        Assert.Equal("Sahyadri Infotech Limited", (string?)payload["companyName"]);
        Assert.Equal("Active", (string?)payload["companyStatus"]);
        Assert.Equal("03/10/2000", (string?)payload["incorporationDate"]);
        Assert.Equal("RoC-Mumbai", (string?)payload["rocCode"]);
        Assert.Equal("YES", (string?)payload["financialAuditStatus"]);
        Assert.Equal("investors@sahyadri-infotech.example", (string?)payload["email"]);
        Assert.Equal("", (string?)payload["registeredContactNo"]);
        Assert.StartsWith("Unit 402", (string?)payload["registeredAddress"], StringComparison.Ordinal);
        var year2022 = payload["financialDetails"]!.AsArray().Single(f => (string?)f!["year"] == "2022")!;
        Assert.Equal("         6757000.00", (string?)year2022["profitLoss"]);
        Assert.Equal("       561519000.00", (string?)year2022["turnOver"]);
        Assert.Equal("        -1250000.00", (string?)payload["financialDetails"]![2]!["profitLoss"]);
        Assert.Equal(["cin", "companyName", "companyStatus", "email", "financialAuditStatus", "incorporationDate", "registeredAddress",
            "registeredContactNo", "rocCode", "financialDetails"], payload.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData("AAB-1234")]
    [InlineData("aab1234")]
    [InlineData("AAB 1234")]
    public async Task An_llpin_is_accepted_in_any_common_spelling(string llpin)
    {
        using var client = await ClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/sbt/MCA", new { cin = llpin });

        var payload = (await response.ReadJsonAsync())["response"]![0]!["response"]!;
        Assert.Equal(SandboxCompanies.Llp, (string?)payload["cin"]);
        Assert.Equal("Konkan Freight Carriers LLP", (string?)payload["companyName"]);
        Assert.Empty(payload["financialDetails"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_company_is_the_documented_record_not_found_item_not_an_http_error()
    {
        using var client = await ClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = SandboxCompanies.Unknown });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("false", (string?)body["error"]);
        var item = body["response"]![0]!;
        Assert.Equal("ERROR", (string?)item["responseStatus"]);
        Assert.Equal("record_not_found", (string?)item["response"]!["error"]);
        Assert.Equal("No record found", (string?)item["response"]!["error_description"]);
    }

    [Theory]
    [InlineData("L17110MH1973PLC01978")]
    [InlineData("X17110MH1973PLC019786")]
    [InlineData("27AAPFU0939F1ZV")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_malformed_cin_gets_the_documented_400_with_the_cin_pattern(string? cin)
    {
        using var client = await ClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin });

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.Equal($"Data format failed OR wrong value entered at: cin. Format should follow {CinPattern}", message);
    }

    [Fact]
    public async Task An_account_without_the_mca_entitlement_or_with_a_foreign_subid_is_refused()
    {
        var vehicleOnly = await server.CreateAccountAsync(ApiFamily.Vehicles);
        var other = await server.CreateAccountAsync();
        using var refused = await server.ClientForAsync(vehicleOnly);
        using var client = await ClientAsync();
        client.DefaultRequestHeaders.Add("Subid", other.Subid);

        using var notEntitled = await refused.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = SandboxCompanies.ListedWithFinancials });
        using var foreignSubid = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = SandboxCompanies.ListedWithFinancials });

        await notEntitled.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
        await foreignSubid.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_sandbox_dataset_holds_thousands_of_valid_companies_and_llps_across_states_statuses_and_classes()
    {
        var all = SandboxCompanies.All;

        Assert.InRange(all.Count, 3_000, 4_000);
        Assert.Equal(all.Count, all.Select(c => c.Cin).Distinct().Count());
        Assert.All(all, c => Assert.True(Sangam.India.Companies.CompanyIdentifier.Parse(c.Cin) is { IsValid: true, Warnings.Count: 0 }, c.Cin));
        Assert.True(all.Count(c => c.Cin.Contains('-', StringComparison.Ordinal)) > 200, "LLPs");
        Assert.True(all.Select(c => c.State).Distinct().Count() >= 15, "states");
        Assert.True(all.Select(c => c.Status).Distinct().Count() >= 10, "statuses");
        Assert.Equal(["LLP", "One Person Company", "Private", "Public"], all.Select(c => c.CompanyClass).Distinct().Order());
        Assert.True(all.Count(c => c.Financials.Count > 0) > 500, "financials");
        Assert.True(all.Count(c => !c.InRegistry) > 500, "live-only companies");
    }

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));
}
