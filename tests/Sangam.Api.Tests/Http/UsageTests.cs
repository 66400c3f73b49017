namespace Sangam.Api.Tests.Http;

public sealed class UsageTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Calls_are_metered_per_api_and_day_and_only_the_callers_account_is_reported()
    {
        var user = await server.CreateAccountAsync();
        var other = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        using var otherClient = await server.ClientForAsync(other);
        for (var i = 0; i < 3; i++)
        {
            using var call = await client.GetAsync("/api/v2/users/me/");
            Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        }

        using (var otherCall = await otherClient.GetAsync("/api/v2/users/me/"))
        {
            Assert.Equal(HttpStatusCode.OK, otherCall.StatusCode);
        }

        var row = await WaitForRowAsync(client, "whoAmI", expectedCalls: 3);

        Assert.Equal(0, (long)row["errors"]!);
        Assert.Equal(Sangam.India.Ist.Today(server.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)row["date"]);
    }

    [Fact]
    public async Task Failed_calls_are_counted_as_errors()
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);
        using (var bad = await client.PostAsJsonAsync("/api/v2/users/me/password", new { current_password = "wrong", new_password = "long-enough-password" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        var row = await WaitForRowAsync(client, "changePassword", expectedCalls: 1);

        Assert.Equal(1, (long)row["errors"]!);
    }

    [Theory]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?from=2026-02-01&to=2026-01-01", "after")]
    [InlineData("?from=2020-01-01&to=2026-01-01", "366")]
    public async Task Bad_ranges_get_400_that_names_the_problem(string query, string expected)
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);

        using var response = await client.GetAsync("/api/v2/usage/" + query);

        Assert.Contains(expected, await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    private static async Task<JsonNode> WaitForRowAsync(HttpClient client, string api, long expectedCalls)
    {
        // Metering is written off the request path in batches; give the writer a few flushes.
        JsonNode? body = null;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await client.GetAsync("/api/v2/usage/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            body = await response.ReadJsonAsync();
            var row = body["data"]!.AsArray().FirstOrDefault(r => (string?)r!["api"] == api);
            if (row is not null && (long)row["calls"]! >= expectedCalls)
            {
                Assert.Equal(expectedCalls, (long)row["calls"]!);
                return row;
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No usage row for {api} with {expectedCalls} calls; last report: {body}");
    }
}
