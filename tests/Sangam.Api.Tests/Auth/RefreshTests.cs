namespace Sangam.Api.Tests.Auth;

public sealed class RefreshTests(SangamServer server) : IClassFixture<SangamServer>
{
    private const string RefreshPath = "/api/v2/api-token-refresh/";

    [Fact]
    public async Task Refresh_returns_a_new_pair_and_the_old_pair_stops_working_at_once()
    {
        var user = await server.CreateAccountAsync();
        var (oldAccess, oldRefresh) = await server.LoginAsync(user);

        var (newAccess, newRefresh) = await RefreshAsync(oldRefresh);

        Assert.NotEqual(oldAccess, newAccess);
        Assert.NotEqual(oldRefresh, newRefresh);
        Assert.Equal(user.AccountId, (long)Jwt.Payload(newAccess)["org_id"]!);
        Assert.Equal(HttpStatusCode.OK, await StatusWith(newAccess));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(oldAccess));
    }

    [Fact]
    public async Task Reusing_an_old_refresh_token_revokes_every_token_of_that_login()
    {
        var user = await server.CreateAccountAsync();
        var (_, firstRefresh) = await server.LoginAsync(user);
        var (secondAccess, secondRefresh) = await RefreshAsync(firstRefresh);
        var (otherLoginAccess, _) = await server.LoginAsync(user);

        using var client = server.CreateClient();
        using var reuse = await client.PostAsJsonAsync(RefreshPath, new { token = firstRefresh });

        Assert.Equal(HttpStatusCode.PartialContent, reuse.StatusCode);
        Assert.Contains("already used", (string?)(await reuse.ReadJsonAsync())["error"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWith(secondAccess));
        using var stolen = await client.PostAsJsonAsync(RefreshPath, new { token = secondRefresh });
        Assert.Equal(HttpStatusCode.PartialContent, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await StatusWith(otherLoginAccess));
    }

    [Fact]
    public async Task Refresh_accepts_form_data_and_the_v1_path()
    {
        var user = await server.CreateAccountAsync();
        var (_, refresh) = await server.LoginAsync(user);
        using var client = server.CreateClient();

        using var response = await client.PostAsync("/api/v1/api-token-refresh", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = refresh }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["refresh token"]);
    }

    [Fact]
    public async Task An_expired_refresh_token_gets_400()
    {
        var user = await server.CreateAccountAsync();
        var (_, refresh) = await server.LoginAsync(user);
        server.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync(RefreshPath, new { token = refresh });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expired", (string?)(await response.ReadJsonAsync())["error"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.c2ln")]
    public async Task Invalid_tokens_get_206(string token)
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync(RefreshPath, new { token });

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.NotNull((string?)(await response.ReadJsonAsync())["error"]);
    }

    [Fact]
    public async Task An_access_token_cannot_refresh()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);
        using var client = server.CreateClient();

        using var response = await client.PostAsJsonAsync(RefreshPath, new { token = access });

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_token_gets_a_per_field_400()
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync(RefreshPath, new { refresh = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"token":["missing field"]}""", await response.Content.ReadAsStringAsync());
    }

    private async Task<(string Access, string Refresh)> RefreshAsync(string refresh)
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync(RefreshPath, new { token = refresh });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return ((string)body["token"]!, (string)body["refresh_token"]!);
    }

    private async Task<HttpStatusCode> StatusWith(string access)
    {
        using var client = server.ClientWithToken(access);
        using var response = await client.GetAsync("/api/v2/users/me/");
        return response.StatusCode;
    }
}
