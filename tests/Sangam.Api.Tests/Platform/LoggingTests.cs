namespace Sangam.Api.Tests.Platform;

public sealed class LoggingTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Logs_never_contain_passwords_or_tokens()
    {
        var user = await server.CreateAccountAsync();
        var (access, refresh) = await server.LoginAsync(user);
        using var client = server.ClientWithToken(access);
        using (var me = await client.GetAsync("/api/v2/users/me/"))
        {
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        using (var anonymous = server.CreateClient())
        using (var refreshed = await anonymous.PostAsJsonAsync("/api/v2/api-token-refresh/", new { token = refresh }))
        using (var failed = await anonymous.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = "a-wrong-secret-password" }))
        {
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            Assert.Equal(HttpStatusCode.PartialContent, failed.StatusCode);
        }

        var logs = server.Logs.All;
        Assert.Contains("/api/v2/token-auth/", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(user.Password, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-secret-password", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(access, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(refresh, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(access.Split('.')[2], logs, StringComparison.Ordinal);
    }
}
