using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Sangam.Api.Tests.Auth;

public sealed class AccessTokenTests(SangamServer server) : IClassFixture<SangamServer>
{
    private const string Me = "/api/v2/users/me/";

    [Theory]
    [InlineData("JWT")]
    [InlineData("Bearer")]
    [InlineData("jwt")]
    public async Task Jwt_and_bearer_prefixes_are_accepted(string scheme)
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);

        using var response = await Send(scheme + " " + access);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(user.Username, (string?)(await response.ReadJsonAsync())["username"]);
    }

    [Fact]
    public async Task A_bare_token_without_prefix_is_rejected()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);

        using var response = await Send(access);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("JWT <token>", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_authorization_header_gets_401_in_the_envelope()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(Me);
        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_is_not_an_access_token()
    {
        var user = await server.CreateAccountAsync();
        var (_, refresh) = await server.LoginAsync(user);

        using var response = await Send("JWT " + refresh);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Wrong token type", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_access_token_is_rejected()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);
        using (var fresh = await Send("JWT " + access))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }

        server.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        using var response = await Send("JWT " + access);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("expired", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_payload_is_rejected()
    {
        var user = await server.CreateAccountAsync();
        var other = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);
        var parts = access.Split('.');
        var payload = Jwt.Payload(access);
        payload["user_id"] = other.UserId;

        using var response = await Send($"JWT {parts[0]}.{Jwt.Encode(payload)}.{parts[2]}");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);
        var otherKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

        using var sameKid = await Send("JWT " + Jwt.Sign(Jwt.Header(access), Jwt.Payload(access), otherKey));
        var unknownKidHeader = Jwt.Header(access);
        unknownKidHeader["kid"] = "someone-elses-key";
        using var unknownKid = await Send("JWT " + Jwt.Sign(unknownKidHeader, Jwt.Payload(access), otherKey));

        await sameKid.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
        await unknownKid.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_server_key_itself_verifies_a_re_signed_copy_so_the_forgery_tests_are_meaningful()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);

        using var response = await Send("JWT " + Jwt.Sign(Jwt.Header(access), Jwt.Payload(access), server.SigningSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_rejected()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);

        using var response = await Send("JWT " + Jwt.Unsigned(Jwt.Payload(access)));

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_with_another_typ_is_rejected()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);
        var header = Jwt.Header(access);
        header["typ"] = "at+jwt";

        using var response = await Send("JWT " + Jwt.Sign(header, Jwt.Payload(access), server.SigningSecret));

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("JWT not-a-token")]
    [InlineData("JWT a.b.c")]
    [InlineData("JWT ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Garbage_is_rejected_with_401(string authorization)
    {
        using var response = await Send(authorization);
        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpResponseMessage> Send(string authorization)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Me);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }
}

public sealed class RotatedKeysServer : SangamServer
{
    public string OldSecret { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:SigningKeys:1:Id"] = "old-key",
        ["Auth:SigningKeys:1:Secret"] = OldSecret,
        ["Auth:ActiveKeyId"] = "test-key",
        ["Auth:AccessTokenLifetime"] = "00:10:00",
    };
}

public sealed class KeyRotationTests(RotatedKeysServer server) : IClassFixture<RotatedKeysServer>
{
    [Fact]
    public async Task Tokens_of_a_previous_key_still_verify_while_it_is_configured()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);
        var header = Jwt.Header(access);
        Assert.Equal("test-key", (string?)header["kid"]);
        header["kid"] = "old-key";

        using var client = server.ClientWithToken(Jwt.Sign(header, Jwt.Payload(access), server.OldSecret));
        using var response = await client.GetAsync("/api/v2/users/me/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_access_token_lifetime_is_configurable()
    {
        var user = await server.CreateAccountAsync();
        var (access, _) = await server.LoginAsync(user);

        Assert.Equal(server.Clock.GetUtcNow().ToUnixTimeSeconds() + 600, (long)Jwt.Payload(access)["exp"]!);
        using var client = server.ClientWithToken(access);
        server.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        using var response = await client.GetAsync("/api/v2/users/me/");
        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
    }
}
