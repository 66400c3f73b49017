using Sangam.Api.Accounts;
using Sangam.Sandbox.DataGovIn;

namespace Sangam.Cli.Tests;

public sealed class McaCommandTests(SharedServer shared) : IClassFixture<SharedServer>, IDisposable
{
    private readonly SangamServer server = shared.Server;

    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Mca_shows_a_company_with_its_financials_and_json_gives_the_typed_record()
    {
        await LoginAsync(await server.CreateAccountAsync(ApiFamily.Mca));

        var shown = await _cli.RunAsync(null, "mca", SandboxCompanies.ListedWithFinancials);
        var json = await _cli.RunAsync(null, "mca", SandboxCompanies.ListedWithFinancials, "--json");

        Assert.True(shown.ExitCode == 0, shown.All);
        Assert.Contains("Sahyadri Infotech Limited", shown.Output, StringComparison.Ordinal);
        Assert.Contains("56,15,19,000.00", shown.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.All);
        Assert.Equal("RoC-Mumbai", (string?)json.Json["roc_code"]);
    }

    [Fact]
    public async Task An_unknown_cin_exits_1_and_a_malformed_one_prints_the_servers_message()
    {
        await LoginAsync(await server.CreateAccountAsync(ApiFamily.Mca));

        var unknown = await _cli.RunAsync(null, "mca", SandboxCompanies.Unknown);
        var malformed = await _cli.RunAsync(null, "mca", "L17110");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No company", unknown.Output, StringComparison.Ordinal);
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("Format should follow", malformed.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mca_search_prints_a_table_of_matches()
    {
        await LoginAsync(await server.CreateAccountAsync(ApiFamily.Mca));

        var search = await _cli.RunAsync(null, "mca", "search", "sahyadri info", "--limit", "3");

        Assert.True(search.ExitCode == 0, search.All);
        Assert.Contains(SandboxCompanies.ListedWithFinancials, search.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mca_import_streams_a_file_to_the_server_and_prints_the_summary()
    {
        await LoginAsync(await server.CreateAdminAsync());
        var cin = $"U41001KL2020PTC{Random.Shared.Next(100_000, 999_999)}";
        var file = Path.Combine(_cli.ConfigDirectory, "master.csv");
        Directory.CreateDirectory(_cli.ConfigDirectory);
        await File.WriteAllTextAsync(file, $"CIN,CompanyName,CompanyStatus\n{cin},Malabar Builders Private Limited,Active\nX,,\n");

        var imported = await _cli.RunAsync(null, "mca", "import", file, "--json");
        var shown = await _cli.RunAsync(null, "mca", "import", file);

        Assert.True(imported.ExitCode == 0, imported.All);
        Assert.Equal(1, (long)imported.Json["inserted"]!);
        Assert.Equal(1, (long)imported.Json["rejected"]!);
        Assert.True(shown.ExitCode == 0, shown.All);
        Assert.Contains("Unchanged", shown.Output, StringComparison.Ordinal);
        Assert.Contains("invalid_identifier", shown.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private async Task LoginAsync(TestUser user)
    {
        var login = await _cli.RunAsync(user.Password, "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.All);
    }
}
