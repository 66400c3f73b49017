using Sangam.Api.Accounts;
using Sangam.Api.Administration;

namespace Sangam.Api.Tests.Http;

public sealed class RateLimitTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task An_account_over_its_limit_gets_429_with_retry_after_and_other_accounts_are_unaffected()
    {
        var limited = await server.CreateAccountAsync();
        var other = await server.CreateAccountAsync();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().SetRateLimitAsync(limited.Slug, 3, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        using var client = await server.ClientForAsync(limited);
        using var otherClient = await server.ClientForAsync(other);
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/v2/users/me/");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var rejected = await client.GetAsync("/api/v2/users/me/");
        await rejected.ShouldBeErrorEnvelopeAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(rejected.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        using var unaffected = await otherClient.GetAsync("/api/v2/users/me/");
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }
}
