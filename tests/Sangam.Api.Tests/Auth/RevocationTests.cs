namespace Sangam.Api.Tests.Auth;

public sealed class RevocationTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Changing_the_password_revokes_every_token_of_the_user()
    {
        var user = await server.CreateAccountAsync();
        var (otherSession, otherRefresh) = await server.LoginAsync(user);
        using var client = await server.ClientForAsync(user);

        using var change = await client.PostAsJsonAsync("/api/v2/users/me/password", new { current_password = user.Password, new_password = "a-brand-new-password" });

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        using (var after = await client.GetAsync("/api/v2/users/me/"))
        {
            await after.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
        }

        using var other = server.ClientWithToken(otherSession);
        using (var otherAfter = await other.GetAsync("/api/v2/users/me/"))
        {
            await otherAfter.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
        }

        using var anonymous = server.CreateClient();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v2/api-token-refresh/", new { token = otherRefresh });
        Assert.Equal(HttpStatusCode.PartialContent, refresh.StatusCode);
        using var relogin = await anonymous.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = "a-brand-new-password" });
        Assert.Equal(HttpStatusCode.OK, relogin.StatusCode);
    }

    [Theory]
    [InlineData("wrong-current-password", "a-brand-new-password", "current_password")]
    [InlineData(null, "a-brand-new-password", "current_password")]
    [InlineData("<current>", "short", "at least 10")]
    public async Task A_bad_password_change_is_refused_and_keeps_the_tokens(string? current, string next, string expected)
    {
        var user = await server.CreateAccountAsync();
        using var client = await server.ClientForAsync(user);

        using var change = await client.PostAsJsonAsync("/api/v2/users/me/password",
            new { current_password = current == "<current>" ? user.Password : current, new_password = next });

        Assert.Contains(expected, await change.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        using var still = await client.GetAsync("/api/v2/users/me/");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_revokes_its_tokens_at_once()
    {
        var admin = await server.CreateAdminAsync();
        var user = await server.CreateAccountAsync();
        using var userClient = await server.ClientForAsync(user);
        using var adminClient = await server.ClientForAsync(admin);

        using var disable = await adminClient.PatchAsJsonAsync($"/api/v2/admin/users/{user.Username}", new { is_disabled = true });

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        using var after = await userClient.GetAsync("/api/v2/users/me/");
        await after.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Disabling_an_account_stops_its_users_at_once()
    {
        var admin = await server.CreateAdminAsync();
        var user = await server.CreateAccountAsync();
        using var userClient = await server.ClientForAsync(user);
        using var adminClient = await server.ClientForAsync(admin);

        using var disable = await adminClient.PatchAsJsonAsync($"/api/v2/admin/accounts/{user.Slug}", new { is_disabled = true });

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        using var after = await userClient.GetAsync("/api/v2/users/me/");
        await after.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }
}
