using System.Globalization;

namespace Sangam.Api.Tests.ApiKeys;

/// <summary>Expiry and last-used times of API keys, on a server of its own whose clock the tests move.</summary>
public sealed class ApiKeyClockTests(SangamServer server) : IClassFixture<SangamServer>
{
    [Fact]
    public async Task A_key_works_until_its_expiry_and_is_refused_after_it()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var expiry = server.Clock.GetUtcNow().AddHours(1);
        var (key, issued) = await admin.IssueAsync(customer.Slug, new { name = "for an hour", expires_at = expiry });
        using var client = server.ClientWithApiKey(key);
        using (var before = await client.VahanAsync())
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        server.Clock.Advance(TimeSpan.FromHours(1));
        using var after = await client.VahanAsync();

        Assert.Equal(expiry, (DateTimeOffset)issued["expires_at"]!);
        Assert.Contains("expired", await after.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized), StringComparison.Ordinal);
        var listed = JsonNode.Parse(await admin.GetStringAsync(ApiKeyCalls.KeysOf(customer.Slug)))!.AsArray().Single()!;
        Assert.Equal("expired", (string?)listed["state"]);
    }

    [Fact]
    public async Task The_last_use_is_recorded_to_the_minute_not_on_every_call()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, issued) = await admin.IssueAsync(customer.Slug);
        using var client = server.ClientWithApiKey(key);
        Assert.Null(issued["last_used_at"]);

        var firstUse = server.Clock.GetUtcNow();
        await CallAsync(client);
        server.Clock.Advance(TimeSpan.FromSeconds(30));
        await CallAsync(client);
        var withinTheMinute = await LastUsedAsync(admin, customer.Slug);
        server.Clock.Advance(TimeSpan.FromSeconds(30));
        await CallAsync(client);
        var aMinuteLater = await LastUsedAsync(admin, customer.Slug);

        Assert.Equal(firstUse, withinTheMinute);
        Assert.Equal(firstUse.AddMinutes(1), aMinuteLater);
    }

    private static async Task CallAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v2/users/me/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<DateTimeOffset?> LastUsedAsync(HttpClient admin, string slug)
    {
        var listed = JsonNode.Parse(await admin.GetStringAsync(ApiKeyCalls.KeysOf(slug)))!.AsArray().Single()!;
        return listed["last_used_at"] is { } value ? DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture) : null;
    }
}
