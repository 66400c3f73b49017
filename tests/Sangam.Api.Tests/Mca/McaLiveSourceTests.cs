using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Mca.Registry;
using Sangam.Sandbox.DataGovIn;
using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.Mca;

/// <summary>A server whose data.gov.in connector has a recognisable key and short timeouts.</summary>
public sealed class LiveSourceServer : SangamServer
{
    public const string ApiKey = "dgi-test-key-5be0c2d1";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataGovIn:ApiKey"] = ApiKey,
        // Short enough for the hung-upstream test, long enough that a busy machine never times out a healthy answer.
        ["DataGovIn:AttemptTimeout"] = "00:00:02",
        ["DataGovIn:TotalTimeout"] = "00:00:04.500",
        ["DataGovIn:MaxRetries"] = "1",
    };
}

public sealed class McaLiveSourceTests(LiveSourceServer server) : IClassFixture<LiveSourceServer>, IDisposable
{
    // Companies only the emulator knows; each test takes its own so the registry's cache never hides a path.
    private static readonly Queue<SandboxCompany> LiveOnly = new(SandboxCompanies.All.Where(c => !c.InRegistry && c.Cin != SandboxCompanies.LiveOnly));

    [Fact]
    public async Task A_registry_miss_is_fetched_from_data_gov_in_and_kept_so_the_next_call_needs_no_upstream()
    {
        using var client = await ClientAsync();

        using var first = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = SandboxCompanies.LiveOnly });
        server.Faults.Set(DataGovInEmulator.Name, new FaultProfile { ErrorRate = 1 });
        using var second = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = SandboxCompanies.LiveOnly });

        foreach (var response in new[] { first, second })
        {
            var payload = (await response.ReadJsonAsync())["response"]![0]!["response"]!;
            Assert.Equal("Yamuna Cargo Movers Private Limited", (string?)payload["companyName"]);
            Assert.Equal("21/07/2015", (string?)payload["incorporationDate"]);
            Assert.Equal("RoC-Delhi", (string?)payload["rocCode"]);
            Assert.Empty(payload["financialDetails"]!.AsArray());
        }

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var kept = await db.Companies.SingleAsync(c => c.Cin == SandboxCompanies.LiveOnly);
        Assert.Equal(CompanySource.DataGovIn, kept.Source);
        using var search = await client.GetAsync("/api/v2/mca/search?name=yamuna%20cargo%20movers&limit=100");
        Assert.Contains(SandboxCompanies.LiveOnly, (await search.ReadJsonAsync())["data"]!.AsArray().Select(h => (string?)h!["cin"]));
    }

    [Fact]
    public async Task A_company_unknown_upstream_too_is_record_not_found()
    {
        using var client = await ClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = "U01100KA1999PTC025731" });

        Assert.Equal("record_not_found", (string?)(await response.ReadJsonAsync())["response"]![0]!["response"]!["error"]);
    }

    [Fact]
    public async Task A_failing_upstream_is_a_502_that_says_so_and_a_hanging_one_a_504()
    {
        using var client = await ClientAsync();

        server.Faults.Set(DataGovInEmulator.Name, new FaultProfile { ErrorRate = 1, ErrorStatus = 503 });
        using var failed = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = LiveOnly.Dequeue().Cin });
        server.Faults.Set(DataGovInEmulator.Name, new FaultProfile { TimeoutRate = 1 });
        using var hung = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = LiveOnly.Dequeue().Cin });

        Assert.Contains("data.gov.in", await failed.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway), StringComparison.Ordinal);
        Assert.Contains("did not answer in time", await hung.ShouldBeErrorEnvelopeAsync(HttpStatusCode.GatewayTimeout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_upstream_within_the_timeout_still_answers_and_the_api_key_never_reaches_the_logs()
    {
        using var client = await ClientAsync();
        var company = LiveOnly.Dequeue();
        server.Faults.Set(DataGovInEmulator.Name, new FaultProfile { Latency = TimeSpan.FromMilliseconds(100) });

        using var response = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = company.Cin });

        Assert.Equal(company.Name, (string?)(await response.ReadJsonAsync())["response"]![0]!["response"]!["companyName"]);
        Assert.DoesNotContain(LiveSourceServer.ApiKey, server.Logs.All, StringComparison.Ordinal);
    }

    public void Dispose() => server.Faults.Reset();

    [Fact]
    public async Task A_company_kept_from_data_gov_in_is_found_by_name_though_the_same_search_found_nothing_before()
    {
        using var client = await ClientAsync();
        var company = LiveOnly.Dequeue();
        var search = "/api/v2/mca/search?limit=100&name=" + Uri.EscapeDataString(company.Name);
        Assert.DoesNotContain(company.Cin, await CinsAsync(client, search));

        using (var lookup = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = company.Cin }))
        {
            Assert.Equal(company.Name, (string?)(await lookup.ReadJsonAsync())["response"]![0]!["response"]!["companyName"]);
        }

        Assert.Contains(company.Cin, await CinsAsync(client, search));
    }

    private static async Task<List<string>> CinsAsync(HttpClient client, string search)
    {
        using var response = await client.GetAsync(search);
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. body["data"]!.AsArray().Select(h => (string)h!["cin"]!)];
    }

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));
}
