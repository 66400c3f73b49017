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
        Assert.All(specs, spec => Assert.Contains(TestEInvoices.IrnOf(spec)[..8] + "…", table.Output, StringComparison.Ordinal));
        Assert.Equal(3, (int)firstPage.Json["count"]!);
        Assert.Equal(2, firstPage.Json["data"]!.AsArray().Count);
        Assert.Equal(specs.Select(TestEInvoices.IrnOf), all.Json.AsArray().Select(i => (string?)i!["irn"]));
        Assert.Equal(gstin, (string?)all.Json[0]!["data"]!["SellerDtls"]!["Gstin"]);
    }

    [Fact]
    public async Task List_fits_100_columns_and_csv_gives_the_full_rows()
    {
        var gstin = await LoginWithGstinAsync();
        var month = LastMonth();
        var spec = new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(4).AddHours(10)) { EwbNo = 331001234567, EwbDt = month.AddDays(4).AddHours(11) };
        Assert.Equal(0, (await _cli.RunAsync(null, "irn", "import", await WriteAsync(server.IssueAsSandboxIrp(spec)))).ExitCode);
        string[] query = ["irn", "list", "--gstin", gstin, "--type", "sales", "--from", $"{month.AddDays(1):d.M.yyyy}", "--to", $"{month.AddDays(9):yyyy-MM-dd}"];

        var table = await RunNarrowAsync(query);
        var csv = await _cli.RunAsync(null, [.. query, "--csv"]);

        Assert.True(table.ExitCode == 0, table.All);
        Assert.All(table.Output.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 100, $"{line.TrimEnd().Length} columns: {line}"));
        var irn = TestEInvoices.IrnOf(spec);
        Assert.Contains($"{irn[..8]}…{irn[^4..]}", table.Output, StringComparison.Ordinal);
        Assert.Contains("₹11,800.00", table.Output, StringComparison.Ordinal);
        Assert.Contains($"{month.AddDays(4):dd/MM/yyyy}", table.Output, StringComparison.Ordinal);
        var rows = csv.Output.Trim().Split('\n');
        Assert.StartsWith("ack_date,irn,", rows[0], StringComparison.Ordinal);
        Assert.Contains($",{irn},", rows[1], StringComparison.Ordinal);
        Assert.Contains(",331001234567,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_list_says_so_and_exits_1()
    {
        var gstin = await LoginWithGstinAsync();

        var list = await _cli.RunAsync(null, "irn", "list", "--gstin", gstin, "--year", "2024", "--month", "08");

        Assert.Equal(1, list.ExitCode);
        Assert.Contains("No e-invoices", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_checks_its_options()
    {
        await LoginAsync(await server.CreateAccountAsync());

        var noGstin = await _cli.RunAsync(null, "irn", "list", "--year", "2026", "--month", "1");
        var badType = await _cli.RunAsync(null, "irn", "list", "--gstin", "27AAPFU0939F1ZV", "--year", "2026", "--month", "1", "--type", "b2b");

        var noPeriod = await _cli.RunAsync(null, "irn", "list", "--gstin", "27AAPFU0939F1ZV", "--from", "01/01/2026");
        var badDay = await _cli.RunAsync(null, "irn", "list", "--gstin", "27AAPFU0939F1ZV", "--from", "31/11/2026", "--to", "01/12/2026");

        Assert.Equal(64, noGstin.ExitCode);
        Assert.Contains("--gstin is required", noGstin.All, StringComparison.Ordinal);
        Assert.Contains("--type must be purchase or sales", badType.All, StringComparison.Ordinal);
        Assert.Contains("give --year and --month, or --from and --to", noPeriod.All, StringComparison.Ordinal);
        Assert.Contains("--from must be a day", badDay.All, StringComparison.Ordinal);
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

    // A second runner with the same login, told the terminal is 100 columns wide.
    private async Task<CliResult> RunNarrowAsync(string[] args)
    {
        using var narrow = new CliRunner { Columns = 100 };
        Directory.CreateDirectory(narrow.ConfigDirectory);
        File.Copy(Path.Combine(_cli.ConfigDirectory, "credentials.json"), Path.Combine(narrow.ConfigDirectory, "credentials.json"));
        return await narrow.RunAsync(null, args);
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
