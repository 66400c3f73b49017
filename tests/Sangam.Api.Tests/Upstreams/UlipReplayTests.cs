using Sangam.Api.Tests.Vehicles;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// Every real ULIP answer in <c>tests/upstream-samples/ulip/</c>, replayed through the connector over ULIP's protocol:
/// the contract answer, whether it is kept in the cache, what metering records, and what readiness concludes from it.
/// The services a case does not replay answer real companions: the documented vehicle's records for its number, "not
/// found" for other numbers, a licence, a clean e-challan record and no FASTag.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class UlipReplayTests(UlipReplayServer server) : IClassFixture<UlipReplayServer>
{
    private const string Upstream = "ulip";

    public static TheoryData<string> Samples => [.. UpstreamSample.IdsOf(Upstream)];

    [Fact]
    public void Every_sample_has_a_case_and_every_case_a_sample()
    {
        Assert.Equal(UpstreamSample.IdsOf(Upstream).Order(StringComparer.Ordinal), UlipReplayCase.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_real_answer_gives_its_contract_answer_cache_decision_metering_outcome_and_readiness_verdict(string id)
    {
        var expected = UlipReplayCase.All[id];
        var sample = UpstreamSample.Load(Upstream, id);
        var service = sample.Service == "*" ? "VAHAN/01" : sample.Service;
        var answering = AnswerWith(service, sample, expected.Readiness.Vehicle);

        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        using (var first = await client.PostAsync(expected.Endpoint, expected.Body))
        {
            await AssertContractAnswerAsync(first, expected, answering);
        }

        var calls = server.Ulip.CallsTo(service);
        using (var second = await client.PostAsync(expected.Endpoint, expected.Body))
        {
            Assert.Equal(expected.Kept ? calls : calls + 1, server.Ulip.CallsTo(service));
            Assert.Equal(expected.Kept ? "HIT" : "MISS", second.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : "MISS");
        }

        Assert.Equal(expected.Outcome, await server.FirstUpstreamOutcomeAsync(user, expected.Api));
        await AssertReadinessAsync(expected.Readiness);
    }

    [Fact]
    public async Task Every_call_and_the_login_accept_json_as_ulip_requires()
    {
        AnswerWith("VAHAN/01", UpstreamSample.Load(Upstream, "vahan01_found_up91l0001"), UlipReplayCase.DocumentedVehicle);
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync(UlipReplayCase.Vahan, new { vehiclenumber = UlipReplayCase.DocumentedVehicle });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Contains(server.Ulip.Requests, r => r.Service == UlipReplay.Login);
        Assert.All(server.Ulip.Requests, r =>
        {
            Assert.Equal("application/json", r.Accept);
            Assert.StartsWith("application/json", r.ContentType, StringComparison.Ordinal);
        });
        Assert.Contains(server.Ulip.Requests, r => r.Service == "VAHAN/01" && r.HasBearerToken && r.Body == """{"vehiclenumber":"UP91L0001"}""");
    }

    // The sample answers its service; every other service answers a real companion fitting the vehicle asked about.
    private UpstreamSample AnswerWith(string service, UpstreamSample sample, string vehicle)
    {
        var documented = vehicle == UlipReplayCase.DocumentedVehicle;
        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [UlipReplay.Login] = "login_ok",
            ["VAHAN/01"] = documented ? "vahan01_found_up91l0001" : "vahan_not_found_xml",
            ["VAHAN/04"] = documented ? "vahan04_found_up91l0001" : "vahan_not_found_json_231",
            ["SARATHI/01"] = "sarathi01_found_gj04_20120005008",
            ["FASTAG/01"] = "fastag01_not_found_740",
            ["FASTAG/02"] = "fastag02_not_found_239",
            ["ECHALLAN/01"] = "echallan01_clean_vehicle",
        };
        server.Ulip.Reset();
        foreach (var (name, companion) in answers)
        {
            server.Ulip.Answer(name, UpstreamSample.Load(Upstream, companion));
        }

        server.Ulip.Answer(service, sample);
        var asked = UlipReplayCase.All[sample.Id].Endpoint switch
        {
            UlipReplayCase.Vahan => "VAHAN/01",
            UlipReplayCase.Sarathi => "SARATHI/01",
            UlipReplayCase.Crossings => "FASTAG/01",
            UlipReplayCase.Tags => "FASTAG/02",
            UlipReplayCase.Challans => "ECHALLAN/01",
            _ => service,
        };
        return asked == service ? sample : UpstreamSample.Load(Upstream, answers[asked]);
    }

    private static async Task AssertContractAnswerAsync(HttpResponseMessage response, UlipReplayCase expected, UpstreamSample answering)
    {
        var answer = expected.Answer;
        if (answer.Status != HttpStatusCode.OK)
        {
            Assert.Equal(answer.Text, await response.ShouldBeErrorEnvelopeAsync(answer.Status));
            Assert.Equal(answer.Retryable, (bool?)(await response.ReadJsonAsync())["retryable"]);
            return;
        }

        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{expected.SampleId}: {(int)response.StatusCode} {body}");
        if (expected.Endpoint == UlipReplayCase.ReadinessPath)
        {
            return;
        }

        // Flat endpoints carry the wrapped copy too; wrapped ones only it.
        var envelope = body["response"] is JsonArray ? body : body["data"]!;
        if (body["data"] is { } wrapped)
        {
            Assert.True((bool)body["success"]!);
            Assert.True(JsonNode.DeepEquals(envelope["response"], wrapped["response"]));
        }

        var item = Assert.Single(envelope["response"]!.AsArray())!;
        Assert.Equal(answer.ResponseStatus, (string?)item["responseStatus"]);
        if (answer.Text is { } notFound)
        {
            Assert.Equal(notFound, (string?)item["response"]);
        }
        else
        {
            Assert.True(JsonNode.DeepEquals(answering.Body!["response"]![0]!["response"], item["response"]), $"{expected.SampleId}: the payload was not passed on as ULIP sent it");
        }
    }

    private async Task AssertReadinessAsync(ReadinessCase expected)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        using var response = await client.PostAsync(UlipReplayCase.ReadinessPath, new { vehiclenumber = expected.Vehicle, dlnumber = expected.Dl, dob = expected.Dob });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal(expected.Verdict, (string?)report["verdict"]);
        var checks = report["checks"]!.AsArray().ToDictionary(c => (string)c!["name"]!, c => (string?)c!["status"]);
        Assert.All(expected.Checks, check => Assert.True(checks.GetValueOrDefault(check.Check) == check.Status,
            $"{check.Check}: expected {check.Status}, got {checks.GetValueOrDefault(check.Check) ?? "no such check"} in {report["checks"]}"));
    }
}
