using Sangam.Api.Connectors.Irp;
using Sangam.Api.Data;
using Sangam.Api.Sandbox;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

/// <summary>A sandbox with a small e-invoice dataset: two months of 50 e-invoices each.</summary>
public sealed class SmallDatasetServer : SangamServer
{
    public const int PerMonth = 50;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Sandbox:Irp:InvoicesPerMonth"] = PerMonth.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Sandbox:Irp:DatasetMonths"] = "2",
    };
}

public sealed class SandboxDatasetTests(SmallDatasetServer server) : IClassFixture<SmallDatasetServer>
{
    [Fact]
    public async Task The_demo_account_has_sales_and_purchases_of_each_gstin_in_the_months_before_this_one()
    {
        using var client = await DemoClientAsync();
        var months = new[] { 1, 2 }.Select(back => FirstOfMonth(-back)).ToList();

        var total = 0;
        foreach (var month in months)
        {
            foreach (var gstin in DemoAccount.Gstins)
            {
                foreach (var type in new[] { "sales", "purchase" })
                {
                    using var response = await client.ListMonthAsync(gstin, month, type);
                    var count = (int)(await response.ReadJsonAsync())["count"]!;
                    Assert.True(count > 0, $"no {type} for {gstin} in {month:yyyy-MM}");
                    total += count;
                }
            }
        }

        using var thisMonth = await client.ListMonthAsync(DemoAccount.Gstins[0], FirstOfMonth(0), "sales");
        Assert.Equal(0, (int)(await thisMonth.ReadJsonAsync())["count"]!);
        // Trade between two demo GSTINs is listed on both sides, so the sides add up to at least the dataset.
        Assert.True(total >= 2 * SmallDatasetServer.PerMonth, $"only {total} listed");
    }

    [Fact]
    public async Task The_dataset_has_cancellations_e_way_bills_and_verified_signatures()
    {
        using var client = await DemoClientAsync();
        var items = new List<JsonNode>();
        foreach (var gstin in DemoAccount.Gstins)
        {
            using var response = await client.ListMonthAsync(gstin, FirstOfMonth(-1), "sales");
            items.AddRange((await response.ReadJsonAsync())["data"]!.AsArray().Select(i => i!));
        }

        Assert.Contains(items, i => (string?)i["irnStatus"] == "CNL" && ((string?)i["cnldt"])!.Length == 19);
        Assert.Contains(items, i => ((string?)i["ewbNo"])!.Length == 12);
        Assert.All(items, i => Assert.Equal((string?)i["irn"], (string?)i["data"]!["Irn"]));
        var sample = items[0];
        using var detail = await client.DetailAsync((string)sample["supplier_gstin"]!, (string)sample["irn"]!);
        var body = await detail.ReadJsonAsync();
        Assert.True((bool)body["signature"]!["verified"]!);
        Assert.True((bool)body["qr_signature"]!["verified"]!);
    }

    [Fact]
    public async Task The_seeded_e_invoices_come_from_the_store_as_the_sandbox_irp_serves_an_irn_only_two_days()
    {
        using var client = await DemoClientAsync();
        var gstin = DemoAccount.Gstins[1];
        using var list = await client.ListMonthAsync(gstin, FirstOfMonth(-2), "sales");
        var irn = (string)(await list.ReadJsonAsync())["data"]![0]!["irn"]!;
        using var detail = await client.DetailAsync(gstin, irn);
        await using var scope = server.Services.CreateAsyncScope();

        var fromIrp = await scope.ServiceProvider.GetRequiredService<IrpClient>().GetByIrnAsync(gstin, irn, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Null(fromIrp.Value.Invoice);
        Assert.Equal("2283 IRN details cannot be provided as it is generated more than 2 days prior", fromIrp.Value.Unavailable);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var before = db.EInvoices.Count();

        foreach (var seed in scope.ServiceProvider.GetServices<IStartupSeed>())
        {
            await seed.SeedAsync(CancellationToken.None);
        }

        Assert.Equal(2 * SmallDatasetServer.PerMonth, before);
        Assert.Equal(before, db.EInvoices.Count());
    }

    private async Task<HttpClient> DemoClientAsync()
    {
        using var login = server.CreateClient();
        using var response = await login.PostAsJsonAsync("/api/v2/token-auth/", new { username = DemoAccount.Username, password = DemoAccount.Password });
        return server.ClientWithToken((string)(await response.ReadJsonAsync())["token"]!);
    }

    private DateTime FirstOfMonth(int offset)
    {
        var now = server.IstNow();
        return new DateTime(now.Year, now.Month, 1).AddMonths(offset);
    }
}
