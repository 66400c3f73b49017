namespace Sangam.Api.Tests.Auth;

public sealed class LockoutTests(SangamServer server) : IClassFixture<SangamServer>
{
    [Fact]
    public async Task Five_failures_lock_the_username_even_for_the_right_password_until_the_window_passes()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var failure = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = "wrong-" + i });
            Assert.Equal(HttpStatusCode.PartialContent, failure.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
        await locked.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = locked.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        server.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        using var unlocked = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task Unknown_usernames_lock_the_same_way_so_a_lockout_reveals_nothing()
    {
        var username = "ghost-" + Guid.NewGuid();
        using var client = server.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var failure = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username, password = "wrong-" + i });
            Assert.Equal(HttpStatusCode.PartialContent, failure.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username, password = "anything-at-all" });
        await locked.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_successful_login_clears_earlier_failures()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                using var failure = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = "wrong" });
                Assert.Equal(HttpStatusCode.PartialContent, failure.StatusCode);
            }

            using var success = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
            Assert.Equal(HttpStatusCode.OK, success.StatusCode);
        }
    }
}

public sealed class LoginRateLimitServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:LoginRequestsPerMinutePerAddress"] = "3",
    };
}

public sealed class LoginRateLimitTests(LoginRateLimitServer server) : IClassFixture<LoginRateLimitServer>
{
    [Fact]
    public async Task Logins_from_one_address_are_rate_limited_with_retry_after()
    {
        using var client = server.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "someone-" + i, password = "wrong" });
            Assert.Equal(HttpStatusCode.PartialContent, allowed.StatusCode);
        }

        using var limited = await client.PostAsJsonAsync("/api/v2/api-token-refresh/", new { token = "x" });
        await limited.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
