namespace Sangam.Api.Tests.Http;

/// <summary>A node behind a proxy on loopback (the tests' own address), with a low failed-login limit per address.</summary>
public sealed class BehindProxyServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ForwardedHeaders:KnownProxies"] = "127.0.0.1, ::1",
        ["Auth:FailedLoginsPerMinutePerAddress"] = "2",
    };
}

/// <summary>A node that trusts a proxy elsewhere: the tests reach it directly, as a client bypassing the proxy would.</summary>
public sealed class DirectlyReachedServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ForwardedHeaders:KnownNetworks"] = "10.20.0.0/16",
        ["Auth:FailedLoginsPerMinutePerAddress"] = "2",
    };
}

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class ForwardedHeadersTests
{
    /// <summary>Fails twice from <paramref name="blocked"/>, then logs in from it and from <paramref name="other"/>.</summary>
    private static async Task<(HttpResponseMessage FromBlocked, HttpResponseMessage FromOther)> FailTwiceThenLogInAsync(
        SangamServer server, string blocked, string other)
    {
        var user = await server.CreateAccountAsync();
        using var client = server.CreateClient();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var failure = await LoginAsync(client, blocked, "nobody-" + attempt, "wrong");
            Assert.Equal(HttpStatusCode.PartialContent, failure.StatusCode);
        }

        return (await LoginAsync(client, blocked, user.Username, user.Password), await LoginAsync(client, other, user.Username, user.Password));
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string forwardedFor, string username, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/token-auth/") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_client_address_has_its_own_failed_login_limit()
    {
        await using var server = new BehindProxyServer();
        await server.InitializeAsync();

        var (fromBlocked, fromOther) = await FailTwiceThenLogInAsync(server, "203.0.113.7", "198.51.100.23");

        await fromBlocked.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
        fromBlocked.Dispose();
        fromOther.Dispose();
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_cannot_escape_its_limit_with_a_forged_address()
    {
        await using var server = new DirectlyReachedServer();
        await server.InitializeAsync();

        // Both failures and the login count against the connection's own address, whatever the header says.
        var (fromBlocked, fromOther) = await FailTwiceThenLogInAsync(server, "203.0.113.7", "198.51.100.23");

        await fromBlocked.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        await fromOther.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        fromBlocked.Dispose();
        fromOther.Dispose();
    }
}
