namespace Sangam.Api.Tests.OperatorCli;

/// <summary>
/// The operator commands run against the test server's database with their own host, as an operator runs
/// <c>./sangam-admin</c> next to a live server; the server then serves what they created.
/// </summary>
public sealed class OperatorCommandTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task An_operator_creates_an_account_and_a_user_whose_login_then_works_over_http()
    {
        var slug = "ops-" + Guid.NewGuid().ToString("N")[..8];

        var create = await AdminAsync(null, "accounts", "create", slug, "--name", "Operator Created Ltd", "--families", "vehicle,irn");
        var gstin = await AdminAsync(null, "gstins", "add", slug, "24AACCT3352M1Z9");
        var subid = await AdminAsync(null, "subids", "add", slug, "SUB-" + slug);
        var user = await AdminAsync("operator-password-1", "users", "add", slug, "op-" + slug, "--email", "op@example.com");
        var show = await AdminAsync(null, "accounts", "show", slug, "--json");

        Assert.True(create.ExitCode == 0, create.All);
        Assert.True(gstin.ExitCode == 0, gstin.All);
        Assert.True(subid.ExitCode == 0, subid.All);
        Assert.True(user.ExitCode == 0, user.All);
        var account = JsonNode.Parse(show.Output)!;
        Assert.Equal(["irn", "vehicle"], account["families"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(["24AACCT3352M1Z9"], account["gstins"]!.AsArray().Select(g => (string?)g));

        using var client = server.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "op-" + slug, password = "operator-password-1" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_from_the_command_line_stops_its_logins()
    {
        var user = await server.CreateAccountAsync();

        var disable = await AdminAsync(null, "users", "disable", user.Username);

        Assert.True(disable.ExitCode == 0, disable.All);
        using var client = server.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
        Assert.Equal(HttpStatusCode.PartialContent, login.StatusCode);
    }

    [Theory]
    [InlineData("gstins add {slug} 27AAGCG4576J1Z8", "check character")]
    [InlineData("families grant {slug} teleport", "Unknown API family")]
    [InlineData("accounts show no-such-account", "No account")]
    [InlineData("users password nobody-at-all", "No user")]
    public async Task Bad_input_fails_with_a_clear_message_and_exit_code_1(string command, string expected)
    {
        var user = await server.CreateAccountAsync();

        var result = await AdminAsync("irrelevant-password", command.Replace("{slug}", user.Slug, StringComparison.Ordinal).Split(' '));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_is_never_accepted_as_an_argument()
    {
        var user = await server.CreateAccountAsync();

        var result = await AdminAsync(null, "users", "add", user.Slug, "someone-" + user.Slug, "--password", "in-the-shell-history");

        Assert.NotEqual(0, result.ExitCode);
        using var client = server.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "someone-" + user.Slug, password = "in-the-shell-history" });
        Assert.Equal(HttpStatusCode.PartialContent, login.StatusCode);
    }

    private Task<ProgramResult> AdminAsync(string? standardInput, params string[] args) =>
        OperatorCommand.RunAsync(server, standardInput, null, args);
}
