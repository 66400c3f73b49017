namespace Sangam.Cli.Tests;

public sealed class VehicleCommandTests(SharedServer shared) : IClassFixture<SharedServer>, IDisposable
{
    private readonly SangamServer server = shared.Server;

    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Vahan_prints_the_registration_with_its_validities()
    {
        await LoginAsync();

        var vahan = await _cli.RunAsync(null, "vahan", "KA 01 AB 1234");

        Assert.True(vahan.ExitCode == 0, vahan.All);
        Assert.Contains("KA01AB1234 (ACTIVE)", vahan.Output, StringComparison.Ordinal);
        Assert.Contains("(expired)", vahan.Output, StringComparison.Ordinal);
        Assert.Contains("Goods Carrier (HGV)", vahan.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vahan_json_and_raw_are_for_scripts()
    {
        await LoginAsync();

        var json = await _cli.RunAsync(null, "vahan", "MH12NW4402", "--json");
        var raw = await _cli.RunAsync(null, "vahan", "MH12NW4402", "--raw");
        var missing = await _cli.RunAsync(null, "vahan", "MH01ZZ9999", "--json");

        Assert.True(json.ExitCode == 0, json.All);
        Assert.True((bool)json.Json["found"]!);
        Assert.Equal("MH12NW4402", (string?)json.Json["record"]!["registration_number"]);
        Assert.StartsWith("<VehicleDetails>", raw.Output.Trim(), StringComparison.Ordinal);
        Assert.False((bool)missing.Json["found"]!);
    }

    [Fact]
    public async Task Dl_needs_the_date_of_birth_and_lists_the_classes()
    {
        await LoginAsync();

        var dl = await _cli.RunAsync(null, "dl", "GJ04 20120005008", "--dob", "1987-05-26");
        var withoutDob = await _cli.RunAsync(null, "dl", "GJ04 20120005008");

        Assert.True(dl.ExitCode == 0, dl.All);
        Assert.Contains("HGMV", dl.Output, StringComparison.Ordinal);
        Assert.Contains("GJ04 20120005008 (Active)", dl.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, withoutDob.ExitCode);
        Assert.Contains("--dob", withoutDob.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fastag_crossings_and_tags_print_tables()
    {
        await LoginAsync();

        var crossings = await _cli.RunAsync(null, "fastag", "crossings", "MH12NW4402");
        var tags = await _cli.RunAsync(null, "fastag", "tag", "AP16TL3333");
        var byId = await _cli.RunAsync(null, "fastag", "tag", "--tag-id", "34161FA820328972487BE420", "--json");

        Assert.True(crossings.ExitCode == 0, crossings.All);
        Assert.Contains("toll crossings in the last 72 hours", crossings.Output, StringComparison.Ordinal);
        Assert.Contains("TOLL PLAZA", crossings.Output, StringComparison.Ordinal);
        Assert.Contains("Lost", tags.Output, StringComparison.Ordinal);
        Assert.Contains("Active", tags.Output, StringComparison.Ordinal);
        Assert.Equal("active", (string?)byId.Json["record"]![0]!["status"]);
    }

    [Fact]
    public async Task Challan_sums_the_pending_fines()
    {
        await LoginAsync();

        var challan = await _cli.RunAsync(null, "challan", "TN09BZ7777");

        Assert.True(challan.ExitCode == 0, challan.All);
        Assert.Contains("3 pending (INR 24,000), 2 disposed", challan.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_exit_code_tells_scripts_the_verdict()
    {
        await LoginAsync();

        var ready = await _cli.RunAsync(null, "readiness", "MH12NW4402", "--dl", "GJ04 20120005008", "--dob", "1987-05-26");
        var blocked = await _cli.RunAsync(null, "readiness", "KA01AB1234", "--json");

        Assert.True(ready.ExitCode == 0, ready.All);
        Assert.Contains("READY to dispatch", ready.Output, StringComparison.Ordinal);
        Assert.Equal(2, blocked.ExitCode);
        Assert.Equal("not_ready", (string?)blocked.Json["verdict"]);
    }

    [Fact]
    public async Task A_bad_vehicle_number_prints_the_servers_message()
    {
        await LoginAsync();

        var bad = await _cli.RunAsync(null, "vahan", "MH12");

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("wrong value entered at: vehiclenumber", bad.All, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private async Task LoginAsync()
    {
        var user = await server.CreateAccountAsync();
        var login = await _cli.RunAsync(user.Password, "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.All);
    }
}
