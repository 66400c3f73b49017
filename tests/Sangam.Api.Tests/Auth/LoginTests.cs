using System.Net.Http.Headers;
using Sangam.Api.Administration;

namespace Sangam.Api.Tests.Auth;

public sealed class LoginTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Json_login_answers_the_documented_body_with_both_refresh_keys()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.ReadJsonAsync()).AsObject();
        Assert.Equal(["token", "refresh token", "refresh_token"], body.Select(p => p.Key));
        Assert.Equal((string?)body["refresh token"], (string?)body["refresh_token"]);
        Assert.NotEqual((string?)body["token"], (string?)body["refresh_token"]);
    }

    [Fact]
    public async Task Access_and_refresh_tokens_carry_the_documented_claims_and_lifetimes()
    {
        var user = await server.CreateAccountAsync();

        // Other classes on the shared server step its clock (webhook delivery), so the issue time is bounded, not fixed.
        var before = server.Clock.GetUtcNow().ToUnixTimeSeconds();
        var (access, refresh) = await server.LoginAsync(user);
        var after = server.Clock.GetUtcNow().ToUnixTimeSeconds();

        var accessClaims = Jwt.Payload(access);
        Assert.Equal("access", (string?)accessClaims["token_type"]);
        Assert.Equal(user.UserId, (long)accessClaims["user_id"]!);
        Assert.Equal(user.AccountId, (long)accessClaims["org_id"]!);
        Assert.Equal(user.Username, (string?)accessClaims["username"]);
        Assert.Equal($"{user.Slug}@example.com", (string?)accessClaims["email"]);
        Assert.InRange((long)accessClaims["exp"]!, before + (24 * 3600), after + (24 * 3600));
        Assert.False(string.IsNullOrEmpty((string?)accessClaims["jti"]));

        var refreshClaims = Jwt.Payload(refresh);
        Assert.Equal("refresh", (string?)refreshClaims["token_type"]);
        Assert.InRange((long)refreshClaims["exp"]!, before + (30 * 24 * 3600), after + (30 * 24 * 3600));
        Assert.Equal(29 * 24 * 3600, (long)refreshClaims["exp"]! - (long)accessClaims["exp"]!);
        Assert.Equal((string?)refreshClaims["jti"], (string?)accessClaims["refresh_jti"]);

        var header = Jwt.Header(access);
        Assert.Equal("HS256", (string?)header["alg"]);
        Assert.Equal("JWT", (string?)header["typ"]);
        Assert.Equal("test-key", (string?)header["kid"]);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task Form_data_login_works(string contentType)
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();
        var fields = new Dictionary<string, string> { ["username"] = user.Username, ["password"] = user.Password };
        using HttpContent content = contentType == "multipart/form-data"
            ? Multipart(fields)
            : new FormUrlEncodedContent(fields);

        using var response = await client.PostAsync("/api/v2/token-auth/", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadJsonAsync())["token"]);
    }

    [Theory]
    [InlineData("/api/v2/token-auth/")]
    [InlineData("/api/v2/token-auth")]
    [InlineData("/api/v1/token-auth/")]
    [InlineData("/api/v1/token-auth")]
    public async Task Login_answers_on_v1_and_v2_with_and_without_trailing_slash(string path)
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();

        using var response = await client.PostAsJsonAsync(path, new { username = user.Username, password = user.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Usernames_are_case_insensitive()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username.ToUpperInvariant(), password = user.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_206_answer()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();

        using var wrongPassword = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = "not-the-password" });
        using var unknownUser = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "nobody-" + Guid.NewGuid(), password = "whatever-it-is" });

        foreach (var response in new[] { wrongPassword, unknownUser })
        {
            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal("""{"error":"Unable to login with provided credential"}""", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Missing_and_blank_fields_get_per_field_400s()
    {
        using var client = server.CreateClient();

        using var missing = await client.PostAsJsonAsync("/api/v2/token-auth/", new { });
        using var blank = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "  ", password = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("""{"username":["missing field"],"password":["missing field"]}""", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("""{"username":["This field may not be blank."]}""", await blank.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain", "username=a&password=b")]
    [InlineData("application/json", "{\"username\": ")]
    [InlineData("application/json", "[1, 2]")]
    public async Task Unsupported_content_types_and_malformed_json_get_a_400_that_says_why(string contentType, string body)
    {
        using var client = server.CreateClient();
        using var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        using var response = await client.PostAsync("/api/v2/token-auth/", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["non_field_errors"]!.AsArray();
        Assert.NotEmpty(((string?)errors[0])!);
    }

    [Fact]
    public async Task A_disabled_user_cannot_log_in()
    {
        var user = await server.CreateAccountAsync();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Sangam.Api.Administration.UserAdministration>().SetUserDisabledAsync(user.Username, true, CancellationToken.None);
        }

        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }
}
