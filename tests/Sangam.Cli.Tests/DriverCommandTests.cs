namespace Sangam.Cli.Tests;

public sealed class DriverCommandTests(TrackingServer server) : IClassFixture<TrackingServer>, IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Drivers_are_added_followed_located_in_bulk_traced_and_deleted_from_the_command_line()
    {
        var user = await server.CreateAccountAsync();
        await LoginAsync(user);
        using var http = await server.ClientForAsync(user);
        var first = TrackingServer.NewMobile(1);
        var second = TrackingServer.NewMobile(2);

        var added = await _cli.RunAsync(null, "drivers", "add", first, "--name", "Ramesh Kumar", "--vehicle", "MH12NW4402");
        var addedJson = await _cli.RunAsync(null, "drivers", "add", second, "--name", "Vikram Singh", "--channel", "ivr", "--json");
        Assert.True(added.ExitCode == 0, added.All);
        Assert.Contains("PENDING", added.Output, StringComparison.Ordinal);
        Assert.Contains("sangam drivers consent " + first, added.Output, StringComparison.Ordinal);
        Assert.Equal("IVR", (string?)addedJson.Json["consent_channel"]);

        foreach (var mobile in new[] { first, second })
        {
            await server.AdvanceUntilAsync(async () => (string?)(await ConsentOverHttpAsync(http, mobile))["consent_status"], s => s == "ALLOWED");
        }

        var consent = await _cli.RunAsync(null, "drivers", "consent", first);
        Assert.True(consent.ExitCode == 0, consent.All);
        Assert.Contains("ALLOWED", consent.Output, StringComparison.Ordinal);
        Assert.Contains("The driver allowed location", consent.Output, StringComparison.Ordinal);

        var located = await _cli.RunAsync(null, "drivers", "locate", first);
        Assert.True(located.ExitCode == 0, located.All);
        Assert.Contains("openstreetmap.org", located.Output, StringComparison.Ordinal);

        var file = Path.Combine(_cli.ConfigDirectory, "fleet.csv");
        Directory.CreateDirectory(_cli.ConfigDirectory);
        await File.WriteAllTextAsync(file, $"mobile,name\n{first},Ramesh\n# a comment\n+91{second},Vikram\n{TrackingServer.NewMobile(3)},Nobody\n");
        var bulkJson = await _cli.RunAsync(null, "drivers", "locate-bulk", file, "--batch-size", "2", "--json");
        Assert.True(bulkJson.ExitCode == 2, bulkJson.All); // partly done: one number is not a tracked driver
        Assert.Equal(["located", "located", "not_found"], bulkJson.Json.AsArray().Select(i => (string)i!["status"]!));
        Assert.Contains("2/3 answered", bulkJson.Error, StringComparison.Ordinal);
        Assert.Contains("3/3 answered", bulkJson.Error, StringComparison.Ordinal);

        var bulk = await _cli.RunAsync(null, "drivers", "locate-bulk", file);
        Assert.True(bulk.ExitCode == 2, bulk.All);
        Assert.Contains("2 located, 1 not_found", bulk.Output, StringComparison.Ordinal);

        var trail = await _cli.RunAsync(null, "drivers", "trail", first, "--from", server.Clock.GetUtcNow().AddHours(-1).ToString("O"), "--json");
        Assert.True(trail.ExitCode == 0, trail.All);
        Assert.Equal(1, (int)trail.Json["count"]!);

        var list = await _cli.RunAsync(null, "drivers", "list", "--status", "ALLOWED", "--json");
        Assert.Equal(2, (int)list.Json["count"]!);

        var deleted = await _cli.RunAsync(null, "drivers", "delete", first);
        Assert.True(deleted.ExitCode == 0, deleted.All);
        Assert.Contains("deleted", deleted.Output, StringComparison.Ordinal);
        var gone = await _cli.RunAsync(null, "drivers", "consent", first);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains("No driver with this mobile", gone.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locating_without_consent_fails_with_the_servers_reason()
    {
        await LoginAsync(await server.CreateAccountAsync());
        var mobile = TrackingServer.NewMobile(7);
        var added = await _cli.RunAsync(null, "drivers", "add", mobile, "--name", "Silent Driver");
        Assert.True(added.ExitCode == 0, added.All);

        var located = await _cli.RunAsync(null, "drivers", "locate", mobile);
        var missingName = await _cli.RunAsync(null, "drivers", "add", mobile);

        Assert.Equal(66, located.ExitCode);
        Assert.Contains("PENDING", located.All, StringComparison.Ordinal);
        Assert.NotEqual(0, missingName.ExitCode);
        Assert.Contains("--name is required", missingName.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_driver_commands()
    {
        var help = await _cli.RunAsync(null, "drivers", "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "add", "list", "consent", "locate", "locate-bulk", "trail", "delete" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _cli.Dispose();

    private static async Task<JsonNode> ConsentOverHttpAsync(HttpClient http, string mobile)
    {
        using var response = await http.GetAsync($"/api/v2/sim-tracking/drivers/{mobile}/consent");
        return (await response.ReadJsonAsync())["response"]![0]!["response"]!;
    }

    private async Task LoginAsync(TestUser user)
    {
        var login = await _cli.RunAsync(user.Password, "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.All);
    }
}
