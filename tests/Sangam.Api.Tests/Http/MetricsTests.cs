namespace Sangam.Api.Tests.Http;

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class MetricsTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Metrics_need_an_admins_token()
    {
        using var anonymous = server.CreateClient();
        using var member = await server.ClientForAsync(await server.CreateAccountAsync());

        using var withoutToken = await anonymous.GetAsync("/metrics");
        using var asMember = await member.GetAsync("/metrics");

        await withoutToken.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
        await asMember.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_scrapes_requests_per_route_upstream_calls_and_cache_use()
    {
        using var member = await server.ClientForAsync(await server.CreateAccountAsync());
        for (var call = 0; call < 2; call++)
        {
            using var lookup = await member.PostAsJsonAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        }

        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        using var scrape = await admin.GetAsync("/metrics");
        var text = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains("http_server_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/api/v2/sbt/VAHAN/\"", text, StringComparison.Ordinal);
        Assert.Contains("sangam_upstream=\"", text, StringComparison.Ordinal);
        Assert.Contains("sangam_lookup_cache_requests_total{", text, StringComparison.Ordinal);
        Assert.Contains("source=\"upstream\"", text, StringComparison.Ordinal);
        Assert.Contains("source=\"memory\"", text, StringComparison.Ordinal);
        // Route templates only: never a vehicle number (or any other value a client sent) in a label.
        Assert.DoesNotContain("MH12NW4402", text, StringComparison.Ordinal);
    }
}
