using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Client;

namespace Sangam.Client.Tests;

public sealed class AuthClientTests(SangamServer server) : IClassFixture<SangamServer>
{
    [Fact]
    public async Task The_first_call_logs_in_with_the_configured_credentials()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);

        var me = await client.Auth.WhoAmIAsync();

        Assert.Equal(user.Username, me.Username);
        Assert.Equal(user.Slug, me.Account.Slug);
        Assert.Contains("vehicle", me.Account.Families);
        Assert.NotNull(client.Auth.Tokens);
    }

    [Fact]
    public async Task Refused_credentials_throw_an_authentication_exception_with_the_servers_words()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user with { Password = "not-the-password" });

        var error = await Assert.ThrowsAsync<SangamAuthenticationException>(() => client.Auth.WhoAmIAsync());

        Assert.Equal(HttpStatusCode.PartialContent, error.StatusCode);
        Assert.Equal("Unable to login with provided credential", error.ErrorMessage);
    }

    [Fact]
    public async Task The_access_token_is_refreshed_before_it_expires_and_the_new_pair_is_announced()
    {
        var user = await server.CreateAccountAsync();
        var (access, refresh) = await server.LoginAsync(user);
        using var client = server.ClientFor(null, o => o.Tokens = new SangamTokens(access, refresh));
        SangamTokens? announced = null;
        client.Auth.TokensChanged += (_, tokens) => announced = tokens;

        await client.Auth.WhoAmIAsync();
        Assert.Null(announced);
        server.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(2));
        await client.Auth.WhoAmIAsync();

        Assert.NotNull(announced);
        Assert.NotEqual(access, announced.AccessToken);
        using var old = server.ClientWithToken(access);
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v2/users/me/")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_login_is_renewed_with_the_credentials_after_a_401()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);
        await client.Auth.WhoAmIAsync();
        var before = client.Auth.Tokens!.AccessToken;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            await users.SetUserDisabledAsync(user.Username, true, CancellationToken.None);
            await users.SetUserDisabledAsync(user.Username, false, CancellationToken.None);
        }

        var me = await client.Auth.WhoAmIAsync();

        Assert.Equal(user.Username, me.Username);
        Assert.NotEqual(before, client.Auth.Tokens!.AccessToken);
    }

    [Fact]
    public async Task Without_credentials_a_revoked_login_surfaces_as_an_authentication_error()
    {
        var user = await server.CreateAccountAsync();
        var (access, refresh) = await server.LoginAsync(user);
        using var client = server.ClientFor(null, o => o.Tokens = new SangamTokens(access, refresh));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetPasswordAsync(user.Username, "another-long-password", CancellationToken.None);
        }

        await Assert.ThrowsAsync<SangamAuthenticationException>(() => client.Auth.WhoAmIAsync());
    }

    [Fact]
    public async Task Changing_the_password_then_logging_in_again_works()
    {
        var user = await server.CreateAccountAsync();
        using var client = server.ClientFor(user);

        await client.Auth.ChangePasswordAsync(user.Password, "the-new-password-1");
        var tokens = await client.Auth.LoginAsync(user.Username, "the-new-password-1");

        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.Equal(user.Username, (await client.Auth.WhoAmIAsync()).Username);
    }
}
