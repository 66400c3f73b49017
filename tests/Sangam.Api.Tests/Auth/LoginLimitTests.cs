using Sangam.Api.Auth;

namespace Sangam.Api.Tests.Auth;

/// <summary>A server with the login limits a deployment gets when it configures none.</summary>
public sealed class DefaultLoginLimitsServer : SangamServer
{
    private static readonly AuthOptions Defaults = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:LoginRequestsPerMinutePerAddress"] = Defaults.LoginRequestsPerMinutePerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Clients of the hosted platform that log in before every call, or once per GSTIN (platform-api.md §9).</summary>
public sealed class LoginOnEveryCallTests(DefaultLoginLimitsServer server) : IClassFixture<DefaultLoginLimitsServer>
{
    [Fact]
    public async Task Dozens_of_successful_logins_a_minute_from_one_address_each_get_a_token_that_works()
    {
        var user = await server.CreateAccountAsync();
        using var anonymous = server.CreateClient();

        for (var call = 0; call < 90; call++)
        {
            using var login = await anonymous.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
            var body = await login.ReadJsonAsync();
            Assert.True(login.StatusCode == HttpStatusCode.OK, $"login {call + 1}: {(int)login.StatusCode} {body.ToJsonString()}");
            using var client = server.ClientWithToken((string)body["token"]!);
            using var me = await client.GetAsync("/api/v2/users/me/");
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }
    }
}

public sealed class TightLoginLimitsServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:FailedLoginsPerMinutePerAddress"] = "3",
        ["Auth:LoginsPerMinutePerUser"] = "4",
    };
}

public sealed class LoginLimitTests(TightLoginLimitsServer server) : IClassFixture<TightLoginLimitsServer>
{
    [Fact]
    public async Task Successful_logins_are_limited_per_user_and_the_user_next_door_is_unaffected()
    {
        var busy = await server.CreateAccountAsync();
        var other = await server.CreateAccountAsync();
        using var client = server.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = busy.Username, password = busy.Password });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = busy.Username, password = busy.Password });
        using var unaffected = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = other.Username, password = other.Password });

        Assert.Contains("Too many logins for this user", await limited.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests), StringComparison.Ordinal);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }
}

/// <summary>Its own server: the failures it makes block its address for the rest of the minute.</summary>
public sealed class FailedLoginAddressTests(TightLoginLimitsServer server) : IClassFixture<TightLoginLimitsServer>
{
    [Fact]
    public async Task Failed_logins_from_one_address_block_it_but_successful_ones_never_count()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();
        for (var round = 0; round < 3; round++)
        {
            using var success = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
            Assert.Equal(HttpStatusCode.OK, success.StatusCode);
            using var failure = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "nobody-" + round, password = "wrong" });
            Assert.Equal(HttpStatusCode.PartialContent, failure.StatusCode);
        }

        using var blocked = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });

        Assert.Contains("Too many failed logins from this address", await blocked.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests), StringComparison.Ordinal);
        Assert.InRange(blocked.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }
}
