using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Api.Data;

namespace Sangam.Api.Tests.ApiKeys;

/// <summary>API keys issued through the admin API and used like the account's tokens.</summary>
public sealed class ApiKeyTests(SharedServer shared) : IClassFixture<SharedServer>
{
    // sangam_ and the public id, which listings and error messages show; the rest is the secret.
    private const int ApiKeyPrefixLength = 19;

    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_new_key_calls_a_vehicle_check_and_the_call_is_metered_to_its_account()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, listed) = await admin.IssueAsync(customer.Slug, new { name = "dispatch robot" });
        using var client = server.ClientWithApiKey(key);

        using var vahan = await client.VahanAsync();
        using var me = await client.GetAsync("/api/v2/users/me/");

        Assert.Equal(HttpStatusCode.OK, vahan.StatusCode);
        var caller = await me.ReadJsonAsync();
        Assert.Null(caller["user_id"]);
        Assert.Equal((string?)listed["prefix"], (string?)caller["username"]);
        Assert.Equal("dispatch robot", (string?)caller["api_key"]!["name"]);
        Assert.Equal(customer.Slug, (string?)caller["account"]!["slug"]);
        var metered = await WaitForUsageAsync(customer.AccountId, "vahanLookup");
        Assert.Null(metered.UserId);
        Assert.Equal(KeyIdOf(metered), metered.ApiKeyId);
        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)metered.Status);
        Assert.DoesNotContain(key[ApiKeyPrefixLength..], server.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_is_shown_once_listings_carry_only_its_prefix()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, issued) = await admin.IssueAsync(customer.Slug);

        var listing = await admin.GetStringAsync(ApiKeyCalls.KeysOf(customer.Slug));

        Assert.StartsWith((string)issued["prefix"]! + "_", key, StringComparison.Ordinal);
        var secret = key[((string)issued["prefix"]!).Length..];
        Assert.DoesNotContain(secret, listing, StringComparison.Ordinal);
        var only = Assert.Single(JsonNode.Parse(listing)!.AsArray())!;
        Assert.Equal((string?)issued["id"], (string?)only["id"]);
        Assert.Null(only["key"]);
        Assert.Equal("active", (string?)only["state"]);
        await using var scope = server.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<SangamDb>().ApiKeys.SingleAsync(k => k.PublicId == (string)issued["id"]!);
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.DoesNotContain(secret, System.Text.Encoding.ASCII.GetString(stored.SecretHash), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_limited_to_vehicles_is_refused_the_other_families_of_its_account()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, _) = await admin.IssueAsync(customer.Slug, new { name = "vehicles only", families = new[] { "vehicle" } });
        using var client = server.ClientWithApiKey(key);

        using var vahan = await client.VahanAsync();
        using var mca = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin = "U72200MH2009PLC123456" });
        using var me = await client.GetAsync("/api/v2/users/me/");

        Assert.Equal(HttpStatusCode.OK, vahan.StatusCode);
        var refusal = await mca.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("API key", refusal, StringComparison.Ordinal);
        Assert.Contains("'mca'", refusal, StringComparison.Ordinal);
        Assert.Equal(["vehicle"], (await me.ReadJsonAsync())["account"]!["families"]!.AsArray().Select(f => (string?)f));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, issued) = await admin.IssueAsync(customer.Slug);
        using var client = server.ClientWithApiKey(key);
        using (var before = await client.VahanAsync())
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var revoke = await admin.DeleteAsync($"{ApiKeyCalls.KeysOf(customer.Slug)}/{issued["id"]}");
        using var after = await client.VahanAsync();

        Assert.Equal("revoked", (string?)(await revoke.ReadJsonAsync())["state"]);
        Assert.Contains("revoked", await after.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_of_a_disabled_account_is_refused_at_once()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, _) = await admin.IssueAsync(customer.Slug);
        using var client = server.ClientWithApiKey(key);
        using (var before = await client.VahanAsync())
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var disable = await admin.PatchAsJsonAsync($"/api/v2/admin/accounts/{customer.Slug}", new { is_disabled = true });
        using var after = await client.VahanAsync();

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.Contains("disabled", await after.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sangam_abcdefghijkl_0123456789012345678901234567890123456789012", "Unknown API key")]
    [InlineData("sk_live_0123456789", "not an API key")]
    [InlineData("sangam_ABCDEFGHIJKL_0123456789012345678901234567890123456789012", "not an API key")]
    public async Task Keys_that_were_never_issued_get_401_saying_why(string key, string expected)
    {
        using var client = server.ClientWithApiKey(key);

        using var response = await client.VahanAsync();

        Assert.Contains(expected, await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized), StringComparison.Ordinal);
        Assert.DoesNotContain(key, server.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_id_of_a_real_key_with_another_secret_is_refused()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, _) = await admin.IssueAsync(customer.Slug);
        var forged = key[..^1] + (key[^1] == 'a' ? 'b' : 'a');
        using var client = server.ClientWithApiKey(forged);

        using var response = await client.VahanAsync();

        Assert.Contains("Unknown API key", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_sees_only_its_own_accounts_data_and_never_the_admin_api()
    {
        var owner = await server.CreateAccountAsync();
        var stranger = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        using var ownerLogin = await server.ClientForAsync(owner);
        var mobile = TrackingServer.NewMobile(0);
        using (var added = await ownerLogin.PostAsJsonAsync("/api/v2/sim-tracking/drivers/", new { mobile, driver_name = "Ramesh Kumar", vehicle_number = "MH12NW4402" }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var (key, _) = await admin.IssueAsync(stranger.Slug);
        using var client = server.ClientWithApiKey(key);

        using var driver = await client.GetAsync($"/api/v2/sim-tracking/drivers/{mobile}");
        using var foreignSubid = new HttpRequestMessage(HttpMethod.Post, "/api/v2/sbt/VAHAN/") { Content = JsonContent.Create(new { vehiclenumber = "MH12NW4402" }) };
        foreignSubid.Headers.Add("Subid", owner.Subid);
        using var withSubid = await client.SendAsync(foreignSubid);
        using var accounts = await client.GetAsync("/api/v2/admin/accounts");
        using var keys = await client.PostAsJsonAsync(ApiKeyCalls.KeysOf(stranger.Slug), new { name = "a key making keys" });
        using var password = await client.PostAsJsonAsync("/api/v2/users/me/password", new { current_password = "x", new_password = "a-long-enough-password" });

        await driver.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        await withSubid.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
        await accounts.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
        await keys.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("login", await password.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_with_a_key_count_against_the_accounts_rate_limit()
    {
        var customer = await server.CreateAccountAsync();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetRateLimitAsync(customer.Slug, 3, CancellationToken.None)).Succeeded);
        }

        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        var (key, _) = await admin.IssueAsync(customer.Slug);
        using var login = await server.ClientForAsync(customer);
        using var client = server.ClientWithApiKey(key);
        using (var first = await login.GetAsync("/api/v2/users/me/"))
        using (var second = await client.GetAsync("/api/v2/users/me/"))
        using (var third = await client.GetAsync("/api/v2/users/me/"))
        {
            Assert.All([first, second, third], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }

        using var overKey = await client.GetAsync("/api/v2/users/me/");
        using var overLogin = await login.GetAsync("/api/v2/users/me/");

        await overKey.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        await overLogin.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("""{"name": ""}""", HttpStatusCode.BadRequest, "name")]
    [InlineData("""{"name": "x", "families": ["teleport"]}""", HttpStatusCode.BadRequest, "Unknown API family")]
    [InlineData("""{"name": "x", "families": []}""", HttpStatusCode.BadRequest, "at least one family")]
    [InlineData("""{"name": "x", "expires_at": "2001-01-01T00:00:00Z"}""", HttpStatusCode.BadRequest, "future")]
    [InlineData("""{"name": "x", "families": ["ocr"]}""", HttpStatusCode.BadRequest, "not entitled to ocr")]
    public async Task Bad_requests_for_a_key_get_a_clear_error_and_issue_nothing(string body, HttpStatusCode status, string expected)
    {
        var customer = await server.CreateAccountAsync(ApiFamily.Vehicles);
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());

        using var response = await admin.PostAsync(ApiKeyCalls.KeysOf(customer.Slug), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(expected, await response.ShouldBeErrorEnvelopeAsync(status), StringComparison.Ordinal);
        Assert.Equal("[]", await admin.GetStringAsync(ApiKeyCalls.KeysOf(customer.Slug)));
    }

    [Fact]
    public async Task Keys_of_an_unknown_account_or_key_are_404()
    {
        var customer = await server.CreateAccountAsync();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());

        using var list = await admin.GetAsync(ApiKeyCalls.KeysOf("no-such-account"));
        using var revoke = await admin.DeleteAsync($"{ApiKeyCalls.KeysOf(customer.Slug)}/abcdefghijkl");

        await list.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        await revoke.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    private async Task<Sangam.Api.Usage.Metering.UsageEvent> WaitForUsageAsync(long accountId, string api)
    {
        // Metering is written off the request path in batches; give the writer a few flushes.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var scope = server.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
            if (await db.UsageEvents.AsNoTracking().FirstOrDefaultAsync(e => e.AccountId == accountId && e.Api == api) is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No usage event of {api} for account {accountId}.");
    }

    private long KeyIdOf(Sangam.Api.Usage.Metering.UsageEvent metered)
    {
        using var scope = server.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<SangamDb>().ApiKeys.Where(k => k.AccountId == metered.AccountId).Select(k => k.Id).Single();
    }
}
