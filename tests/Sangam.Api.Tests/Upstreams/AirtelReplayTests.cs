using Sangam.Api.Connectors.Operators;
using Sangam.Api.Connectors.Operators.Airtel;
using Sangam.Api.Http.Errors;
using Sangam.Api.Tests.SimTracking;
using Sangam.India;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// Every documented Airtel Locate answer in <c>tests/upstream-samples/airtel/</c>, replayed through the Airtel
/// connector over Airtel's protocol (token in an <c>access_token</c> header), and the location answers through the
/// location endpoint: what the connector makes of each, what the caller gets, and what metering records.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class AirtelReplayTests(AirtelReplayServer server) : IClassFixture<AirtelReplayServer>
{
    private const string Upstream = "airtel";

    // What the connector answers for each sample, in words the assertion compares.
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["oauth2_token_ok"] = "consent Allowed",
        ["oauth2_token_400_invalid_scope"] = RefusedCredentials("400: Bad Request"),
        ["oauth2_token_401"] = RefusedCredentials("401: Unauthorized"),
        ["oauth2_token_404_customer_ba"] = RefusedCredentials("404: Not Found"),
        ["consent_initiate_202"] = "request Sent",
        ["consent_initiate_400_not_airtel"] = "request NotSubscriber: Airtel refused the number with HTTP 400 (Bad Request): it is not an Airtel number",
        ["consent_initiate_403_state"] = "request Refused: Airtel: Forbidden",
        ["consent_status_pending"] = "consent Pending",
        ["consent_status_allowed"] = "consent Allowed",
        ["consent_status_rejected"] = "consent Rejected",
        ["consent_status_404"] = "consent unknown to Airtel",
        ["resource_delete_204"] = "released",
        ["resource_delete_404"] = "released",
        ["location_sync_ok"] = "location Located 0,0 within 420 m",
        ["location_403_no_consent"] = "location NoConsent: Airtel: Forbidden",
        ["location_404"] = "location NotRegistered: Airtel: Not Found",
        ["location_429"] = "Failed: it kept refusing the location request (licence rate limit, or a fetch for this number still running)",
        ["location_502_network"] = "Failed: it could not fetch the location (network error in the HLR, MME or MSC)",
    };

    public static TheoryData<string> Samples => [.. UpstreamSample.IdsOf(Upstream)];

    private static string RefusedCredentials(string status) => $"Refused: it refused the platform's credentials ({status}); check Operators:Airtel";

    [Fact]
    public void Every_sample_has_an_expectation_and_every_expectation_a_sample() =>
        Assert.Equal(UpstreamSample.IdsOf(Upstream).Order(StringComparer.Ordinal), Expected.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_documented_answer_is_read_as_it_means(string id)
    {
        var sample = UpstreamSample.Load(Upstream, id);
        Answer(sample, token: id.StartsWith("oauth2", StringComparison.Ordinal) ? sample : null);
        var connector = server.Services.GetRequiredService<AirtelLocateConnector>();
        var mobile = MobileNumber.Parse(TrackingServer.NewMobile(1)).Value;

        var read = sample.Service.Split('?')[0] switch
        {
            AirtelReplay.ConsentRequest => Describe(await connector.RequestConsentAsync(new OperatorConsentRequest(mobile, ConsentChannel.Sms, "EN"), CancellationToken.None),
                r => $"request {r.Outcome}{(r.Message is null ? "" : ": " + r.Message)}"),
            AirtelReplay.Location => Describe(await connector.LocateAsync(mobile, CancellationToken.None),
                r => r.Fix is { } fix ? $"location {r.Outcome} {fix.Latitude},{fix.Longitude} within {fix.AccuracyMetres} m" : $"location {r.Outcome}: {r.Message}"),
            AirtelReplay.Removal => await connector.ReleaseAsync(mobile, CancellationToken.None) is { } failure ? $"{failure.Kind}: {failure.Detail}" : "released",
            _ => Describe(await connector.GetConsentAsync(mobile, CancellationToken.None), c => c is null ? "consent unknown to Airtel" : $"consent {c.State}"),
        };

        Assert.Equal(Expected[id], read);
    }

    [Theory]
    [InlineData("location_sync_ok", HttpStatusCode.OK, null, "found")]
    [InlineData("location_403_no_consent", HttpStatusCode.Forbidden, "Airtel Locate reports no consent for this number (Airtel: Forbidden)", "found")]
    [InlineData("location_404", HttpStatusCode.Forbidden, "Airtel Locate reports no consent for this number (Airtel: Not Found)", "found")]
    [InlineData("location_429", HttpStatusCode.BadGateway, "The upstream service Airtel Locate failed: it kept refusing the location request", "failed")]
    [InlineData("location_502_network", HttpStatusCode.BadGateway, "The upstream service Airtel Locate failed: it could not fetch the location", "failed")]
    public async Task A_location_answer_reaches_the_caller_as_the_contract_says(string id, HttpStatusCode status, string? message, string outcome)
    {
        Answer(UpstreamSample.Load(Upstream, "consent_status_allowed"));
        var user = await server.CreateAccountAsync(Sangam.Api.Accounts.ApiFamily.SimTracking);
        using var client = await server.ClientForAsync(user);
        var mobile = await server.AddAllowedDriverAsync(client);
        Answer(UpstreamSample.Load(Upstream, id));

        using var response = await client.LocateAsync(mobile);

        if (message is null)
        {
            var location = await response.PayloadAsync();
            Assert.Equal((0.0, 0.0, 420), ((double)location["latitude"]!, (double)location["longitude"]!, (int)location["accuracy_m"]!));
        }
        else
        {
            Assert.StartsWith(message, await response.ShouldBeErrorEnvelopeAsync(status), StringComparison.Ordinal);
        }

        Assert.Equal(outcome, await server.FirstUpstreamOutcomeAsync(user, "getDriverLocation"));
    }

    // Every call answers a documented success unless the sample is for it; a token sample makes the connector ask for one.
    private void Answer(UpstreamSample sample, UpstreamSample? token = null)
    {
        foreach (var id in new[] { "oauth2_token_ok", "consent_initiate_202", "consent_status_allowed", "resource_delete_204", "location_sync_ok" })
        {
            server.Airtel.Answer(UpstreamSample.Load(Upstream, id));
        }

        server.Airtel.Answer(sample);
        if (token is not null)
        {
            server.Airtel.Answer(UpstreamSample.Load(Upstream, "consent_status_allowed"));
            server.Airtel.Answer(token);
            server.Airtel.RevokeTokens();
        }
    }

    private static string Describe<T>(UpstreamResult<T> result, Func<T, string> read) =>
        result.Failure is { } failure ? $"{failure.Kind}: {failure.Detail}" : read(result.Value);
}
