namespace Sangam.Api.Tests.Accounts;

public sealed class AdminApiTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_member_cannot_use_the_admin_endpoints()
    {
        var member = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(member);

        using var response = await client.GetAsync("/api/v2/admin/accounts");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_sets_up_an_account_whose_user_can_then_log_in_and_see_it()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);
        var slug = "acme-" + Guid.NewGuid().ToString("N")[..8];

        using (var created = await client.PostAsJsonAsync("/api/v2/admin/accounts", new { slug, name = "Acme Logistics Pvt Ltd", families = new[] { "vehicle" } }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/v2/admin/accounts/{slug}/families/ocr", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/v2/admin/accounts/{slug}/gstins/27aapfu0939f1zv", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/v2/admin/accounts/{slug}/subids/SUB-{slug}", null)).StatusCode);
        using (var user = await client.PostAsJsonAsync($"/api/v2/admin/accounts/{slug}/users", new { username = "priya-" + slug, email = "priya@acme.example", password = "correct-horse-battery" }))
        {
            Assert.Equal(HttpStatusCode.Created, user.StatusCode);
        }

        var member = new TestUser(0, slug, 0, "priya-" + slug, "correct-horse-battery", "SUB-" + slug);
        using var memberClient = await server.ClientForAsync(member);
        var me = await (await memberClient.GetAsync("/api/v2/users/me/")).ReadJsonAsync();
        Assert.Equal(slug, (string?)me["account"]!["slug"]);
        Assert.Equal(["ocr", "vehicle"], me["account"]!["families"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(["27AAPFU0939F1ZV"], me["account"]!["gstins"]!.AsArray().Select(g => (string?)g));
        Assert.Equal([$"SUB-{slug}"], me["account"]!["subids"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("member", (string?)me["role"]);
    }

    [Fact]
    public async Task A_gstin_with_a_wrong_check_character_is_refused_with_the_reason()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);

        using var response = await client.PutAsync($"/api/v2/admin/accounts/{admin.Slug}/gstins/27AAGCG4576J1Z8", null);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("check character", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subid_belongs_to_one_account_only()
    {
        var admin = await server.CreateAdminAsync();
        var other = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(admin);

        using var response = await client.PutAsync($"/api/v2/admin/accounts/{admin.Slug}/subids/{other.Subid}", null);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"slug": "Bad Slug!", "name": "x"}""", "slug")]
    [InlineData("""{"slug": "okay-slug", "name": "x", "families": ["teleport"]}""", "teleport")]
    [InlineData("""{"name": "no slug"}""", "required")]
    public async Task Invalid_accounts_are_refused_with_a_clear_message(string body, string expected)
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);

        using var response = await client.PostAsync("/api/v2/admin/accounts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(expected, await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_accounts_and_users_are_404()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);

        using var account = await client.GetAsync("/api/v2/admin/accounts/no-such-account");
        using var user = await client.PatchAsJsonAsync("/api/v2/admin/users/no-such-user", new { is_disabled = true });

        await account.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        await user.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_weak_password_is_refused()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);

        using var response = await client.PostAsJsonAsync($"/api/v2/admin/accounts/{admin.Slug}/users", new { username = "weak-" + admin.Slug, password = "short" });

        Assert.Contains("at least 10", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
