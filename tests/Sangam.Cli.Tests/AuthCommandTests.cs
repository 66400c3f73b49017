namespace Sangam.Cli.Tests;

public sealed class AuthCommandTests(SharedServer shared) : IClassFixture<SharedServer>, IDisposable
{
    private readonly SangamServer server = shared.Server;

    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Login_saves_tokens_but_not_the_password_in_a_private_file_and_whoami_uses_them()
    {
        var user = await server.CreateAccountAsync();

        var login = await _cli.RunAsync(user.Password, "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        var whoami = await _cli.RunAsync(null, "whoami", "--json");

        Assert.True(login.ExitCode == 0, login.All);
        var file = Path.Combine(_cli.ConfigDirectory, "credentials.json");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var saved = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(user.Password, saved, StringComparison.Ordinal);
        Assert.Contains("refresh_token", saved, StringComparison.Ordinal);
        Assert.True(whoami.ExitCode == 0, whoami.All);
        Assert.Equal(user.Username, (string?)whoami.Json["username"]);
        Assert.Equal(user.Slug, (string?)whoami.Json["account"]!["slug"]);
    }

    [Fact]
    public async Task Whoami_prints_a_readable_summary()
    {
        var user = await server.CreateAccountAsync();
        await LoginAsync(user);

        var whoami = await _cli.RunAsync(null, "whoami");

        Assert.True(whoami.ExitCode == 0, whoami.All);
        Assert.Contains(user.Username, whoami.Output, StringComparison.Ordinal);
        Assert.Contains("sim_tracking", whoami.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_fails_with_the_servers_message()
    {
        var user = await server.CreateAccountAsync();

        var login = await _cli.RunAsync("wrong-password", "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");

        Assert.Equal(1, login.ExitCode);
        Assert.Contains("Unable to login with provided credential", login.All, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.ConfigDirectory, "credentials.json")));
    }

    [Fact]
    public async Task Commands_without_a_login_say_how_to_log_in()
    {
        var whoami = await _cli.RunAsync(null, "whoami", "--base-url", server.BaseAddress.ToString());

        Assert.Equal(1, whoami.ExitCode);
        Assert.Contains("sangam login", whoami.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_prints_json_for_scripts_and_checks_its_dates()
    {
        var user = await server.CreateAccountAsync();
        await LoginAsync(user);

        var usage = await _cli.RunAsync(null, "usage", "--json");
        var badDate = await _cli.RunAsync(null, "usage", "--from", "2026-13-01");

        Assert.True(usage.ExitCode == 0, usage.All);
        Assert.NotNull(usage.Json["from"]);
        Assert.NotEqual(0, badDate.ExitCode);
        Assert.Contains("--from must be yyyy-MM-dd", badDate.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_forgets_the_tokens()
    {
        var user = await server.CreateAccountAsync();
        await LoginAsync(user);

        var logout = await _cli.RunAsync(null, "logout");
        var whoami = await _cli.RunAsync(null, "whoami");

        Assert.Equal(0, logout.ExitCode);
        Assert.Equal(1, whoami.ExitCode);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var help = await _cli.RunAsync(null, "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "login", "logout", "whoami", "usage" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _cli.Dispose();

    private async Task LoginAsync(TestUser user)
    {
        var login = await _cli.RunAsync(user.Password, "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.All);
    }
}
