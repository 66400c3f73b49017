using System.Globalization;
using Sangam.Testing.EInvoices;

namespace Sangam.Cli.Tests;

public sealed class IrnCommandTests(SharedServer shared) : IClassFixture<SharedServer>, IDisposable
{
    private readonly SangamServer server = shared.Server;

    private readonly CliRunner _cli = new();
    private readonly string _files = Directory.CreateTempSubdirectory("sangam-irn-cli").FullName;

    [Fact]
    public async Task Import_of_the_real_sample_reports_it_verified()
    {
        await LoginAsync(await server.CreateAccountAsync());

        var table = await _cli.RunAsync(null, "irn", "import", TestEInvoices.SamplePath);
        var again = await _cli.RunAsync(null, "irn", "import", TestEInvoices.SamplePath, "--json");

        Assert.True(table.ExitCode == 0, table.All);
        Assert.Contains("1 imported", table.Output, StringComparison.Ordinal);
        Assert.Contains(TestEInvoices.SampleIrn, table.Output, StringComparison.Ordinal);
        Assert.Equal("unchanged", (string?)again.Json["results"]![0]!["outcome"]);
        Assert.Equal("verified", (string?)again.Json["results"]![0]!["signature"]!["verdict"]);
    }

    [Fact]
    public async Task Import_exits_2_and_says_why_when_an_item_is_rejected()
    {
        await LoginAsync(await server.CreateAccountAsync());
        var file = await WriteAsync(new JsonArray(new JsonObject { ["Irn"] = "0123", ["SignedInvoice"] = "not-a-jws" }));

        var import = await _cli.RunAsync(null, "irn", "import", file);

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("rejected", import.Output, StringComparison.Ordinal);
        Assert.Contains("not a compact JWS", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_a_table_json_and_with_all_every_page()
    {
        var gstin = await LoginWithGstinAsync();
        var month = LastMonth();
        var specs = Enumerable.Range(1, 3).Select(day => new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(day).AddHours(10))).ToList();
        var file = await WriteAsync(new JsonArray([.. specs.Select(server.IssueAsSandboxIrp)]));
        Assert.Equal(0, (await _cli.RunAsync(null, "irn", "import", file)).ExitCode);
        string[] query = ["irn", "list", "--gstin", gstin, "--year", Year(month), "--month", Month(month), "--type", "sales"];

        var table = await _cli.RunAsync(null, query);
        var firstPage = await _cli.RunAsync(null, [.. query, "--page-size", "2", "--json"]);
        var all = await _cli.RunAsync(null, [.. query, "--page-size", "2", "--all", "--json"]);

        Assert.True(table.ExitCode == 0, table.All);
        Assert.Contains($"Sales of {gstin}", table.Output, StringComparison.Ordinal);
        Assert.All(specs, spec => Assert.Contains(TestEInvoices.IrnOf(spec), table.Output, StringComparison.Ordinal));
        Assert.Equal(3, (int)firstPage.Json["count"]!);
        Assert.Equal(2, firstPage.Json["data"]!.AsArray().Count);
        Assert.Equal(specs.Select(TestEInvoices.IrnOf), all.Json.AsArray().Select(i => (string?)i!["irn"]));
        Assert.Equal(gstin, (string?)all.Json[0]!["data"]!["SellerDtls"]!["Gstin"]);
    }

    [Fact]
    public async Task List_checks_its_options()
    {
        await LoginAsync(await server.CreateAccountAsync());

        var noGstin = await _cli.RunAsync(null, "irn", "list", "--year", "2026", "--month", "1");
        var badType = await _cli.RunAsync(null, "irn", "list", "--gstin", "27AAPFU0939F1ZV", "--year", "2026", "--month", "1", "--type", "b2b");

        Assert.NotEqual(0, noGstin.ExitCode);
        Assert.Contains("--gstin is required", noGstin.All, StringComparison.Ordinal);
        Assert.Contains("--type must be purchase or sales", badType.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_finds_the_e_invoice_under_the_accounts_gstins_and_reports_its_signature()
    {
        var gstin = await LoginWithGstinAsync();
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, server.IstNow().AddDays(-2)));
        Assert.Equal(0, (await _cli.RunAsync(null, "irn", "import", await WriteAsync(response))).ExitCode);

        var show = await _cli.RunAsync(null, "irn", "show", (string)response["Irn"]!);
        var missing = await _cli.RunAsync(null, "irn", "show", new string('f', 64));

        Assert.True(show.ExitCode == 0, show.All);
        Assert.Contains("verified (sangam_sandbox_irp, issuer NIC Sandbox)", show.Output, StringComparison.Ordinal);
        Assert.Contains(gstin, show.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No e-invoice with IRN", missing.All, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_files, recursive: true);
    }

    private async Task<string> LoginWithGstinAsync()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        await LoginAsync(user);
        return gstin;
    }

    private async Task LoginAsync(TestUser user)
    {
        var login = await _cli.RunAsync(user.Password, "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.All);
    }

    private async Task<string> WriteAsync(JsonNode content)
    {
        var path = Path.Combine(_files, Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, content.ToJsonString());
        return path;
    }

    private DateTime LastMonth()
    {
        var now = server.IstNow();
        return new DateTime(now.Year, now.Month, 1).AddMonths(-1);
    }

    private static string Year(DateTime month) => month.Year.ToString(CultureInfo.InvariantCulture);

    private static string Month(DateTime month) => month.Month.ToString(CultureInfo.InvariantCulture);
}
