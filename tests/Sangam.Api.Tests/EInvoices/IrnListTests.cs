using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

public sealed class IrnListTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Sales_and_purchases_of_a_gstin_are_listed_in_acknowledgement_order_with_the_contracts_fields()
    {
        var (client, gstin) = await NewAccountAsync();
        var counterparty = TestEInvoices.NewGstin("33");
        var month = FirstOfLastMonth();
        var later = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, counterparty, month.AddDays(9).AddHours(15)) { EwbNo = 331001234567, EwbDt = month.AddDays(9).AddHours(16) });
        var earlier = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, counterparty, month.AddDays(2).AddHours(11)));
        var purchase = server.IssueAsSandboxIrp(new EInvoiceSpec(counterparty, gstin, month.AddDays(5).AddHours(10)));
        await client.ImportAsync(later, earlier, purchase);

        using var sales = await client.ListMonthAsync(gstin, month, "sales");
        using var purchases = await client.ListMonthAsync(gstin, month, "purchase");

        Assert.Equal(HttpStatusCode.OK, sales.StatusCode);
        var page = await sales.ReadJsonAsync();
        Assert.Equal("Data Found", (string?)page["message"]);
        Assert.Equal(2, (int)page["count"]!);
        Assert.Equal(1, (int)page["total_page"]!);
        Assert.Equal(2000, (int)page["page_size"]!);
        Assert.Equal(1, (int)page["page"]!);
        Assert.Equal(2, (int)page["current_count"]!);
        var items = page["data"]!.AsArray();
        Assert.Equal([(string?)earlier["Irn"], (string?)later["Irn"]], items.Select(i => (string?)i!["irn"]));
        var item = items[1]!;
        Assert.Matches("^[0-9a-f]{24}$", (string?)item["_id"]);
        Assert.Equal("INV", (string?)item["docType"]);
        Assert.Equal("B2B", (string?)item["supplyType"]);
        Assert.Equal(month.AddDays(9).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), (string?)item["docDt"]);
        Assert.Equal(11800m, (decimal)item["totInvAmt"]!);
        Assert.Equal("ACT", (string?)item["irnStatus"]);
        Assert.Equal(later["AckNo"]!.ToString(), (string?)item["ackNo"]);
        Assert.Equal((string?)later["AckDt"], (string?)item["ackDt"]);
        Assert.Equal("331001234567", (string?)item["ewbNo"]);
        Assert.Equal("", (string?)item["cnldt"]);
        Assert.Equal(gstin, (string?)item["supplier_gstin"]);
        Assert.Equal(counterparty, (string?)item["buyer_gstin"]);
        Assert.Equal((string?)later["Irn"], (string?)item["data"]!["Irn"]);
        Assert.Equal(gstin, (string?)item["data"]!["SellerDtls"]!["Gstin"]);
        Assert.Equal("HDPE WOVEN SACKS", (string?)item["data"]!["ItemList"]![0]!["PrdDesc"]);
        var purchasePage = await purchases.ReadJsonAsync();
        Assert.Equal((string?)purchase["Irn"], (string?)purchasePage["data"]![0]!["irn"]);
        Assert.Equal(1, (int)purchasePage["count"]!);
    }

    [Fact]
    public async Task Pages_split_the_month_and_a_page_past_the_end_says_no_data()
    {
        var (client, gstin) = await NewAccountAsync();
        var month = FirstOfLastMonth();
        await client.ImportAsync([.. Enumerable.Range(0, 5).Select(day =>
            server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(day).AddHours(12))))]);

        var pages = new List<JsonNode>();
        for (var page = 1; page <= 4; page++)
        {
            using var response = await client.ListMonthAsync(gstin, month, "sales", $"&page={page}&page_size=2");
            pages.Add(await response.ReadJsonAsync());
        }

        Assert.Equal([2, 2, 1, 0], pages.Select(p => (int)p["current_count"]!));
        Assert.All(pages, p => Assert.Equal(5, (int)p["count"]!));
        Assert.All(pages, p => Assert.Equal(3, (int)p["total_page"]!));
        Assert.Equal(5, pages.SelectMany(p => p["data"]!.AsArray()).Select(i => (string?)i!["irn"]).Distinct().Count());
        Assert.Equal("No Data Found", (string?)pages[3]["message"]);
    }

    [Fact]
    public async Task Acknowledgement_days_narrow_the_month()
    {
        var (client, gstin) = await NewAccountAsync();
        var month = FirstOfLastMonth();
        var inside = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(9).AddHours(23).AddMinutes(59)));
        var before = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(4).AddHours(10)));
        var after = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(10)));
        await client.ImportAsync(inside, before, after);

        using var response = await client.ListMonthAsync(gstin, month, "sales",
            $"&ack_date_from={month.AddDays(5):dd/MM/yyyy}&ack_date_to={month.AddDays(9):dd/MM/yyyy}");

        var page = await response.ReadJsonAsync();
        Assert.Equal([(string?)inside["Irn"]], page["data"]!.AsArray().Select(i => (string?)i!["irn"]));
    }

    [Fact]
    public async Task A_month_without_e_invoices_answers_the_documented_no_data_body()
    {
        var (client, gstin) = await NewAccountAsync();

        using var response = await client.ListAsync(gstin, "?year=2023&month=11&irn_type=purchase");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"message": "No Data Found", "count": 0, "data": []}"""), await response.ReadJsonAsync()));
    }

    [Fact]
    public async Task Cancelled_e_invoices_are_listed_as_cnl_with_their_cancellation_time()
    {
        var (client, gstin) = await NewAccountAsync();
        var ackDt = FirstOfLastMonth().AddDays(3).AddHours(10);
        var cancelled = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, ackDt));
        cancelled["Status"] = "CNL";
        cancelled["CancelDate"] = TestEInvoices.Timestamp(ackDt.AddHours(5));
        await client.ImportAsync(cancelled);

        using var response = await client.ListMonthAsync(gstin, ackDt, "purchase");

        var item = (await response.ReadJsonAsync())["data"]![0]!;
        Assert.Equal("CNL", (string?)item["irnStatus"]);
        Assert.Equal(TestEInvoices.Timestamp(ackDt.AddHours(5)), (string?)item["cnldt"]);
    }

    [Fact]
    public async Task Another_accounts_e_invoices_are_never_listed()
    {
        var (client, gstin) = await NewAccountAsync();
        var other = await server.CreateAccountAsync();
        await server.AddGstinsAsync(other, gstin);
        using var otherClient = await server.ClientForAsync(other);
        var month = FirstOfLastMonth();
        await otherClient.ImportAsync(server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(1))));

        using var mine = await client.ListMonthAsync(gstin, month, "sales");
        using var theirs = await otherClient.ListMonthAsync(gstin, month, "sales");

        Assert.Equal(0, (int)(await mine.ReadJsonAsync())["count"]!);
        Assert.Equal(1, (int)(await theirs.ReadJsonAsync())["count"]!);
    }

    [Fact]
    public async Task The_gstin_header_is_required_valid_and_the_accounts_own()
    {
        var (client, _) = await NewAccountAsync();
        const string Query = "?year=2023&month=11&irn_type=purchase";

        using var missing = await client.ListAsync(null, Query);
        using var invalid = await client.ListAsync("27AAPFU0939F1Z8", Query);
        using var foreign = await client.ListAsync(TestEInvoices.NewGstin(), Query);

        Assert.Contains("Gstin header is required", await missing.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal("Data format failed OR wrong value entered at: Gstin. Format should follow ^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$",
            await invalid.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest));
        Assert.Contains("not one of your account's GSTINs", await foreign.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?month=11&irn_type=sales", "year")]
    [InlineData("?year=23&month=11&irn_type=sales", "year")]
    [InlineData("?year=2023&irn_type=sales", "month")]
    [InlineData("?year=2023&month=13&irn_type=sales", "month")]
    [InlineData("?year=2023&month=11", "irn_type")]
    [InlineData("?year=2023&month=11&irn_type=b2b", "irn_type")]
    [InlineData("?year=2023&month=11&irn_type=sales&ack_date_from=2023-11-01", "ack_date_from")]
    [InlineData("?year=2023&month=11&irn_type=sales&ack_date_to=31/11/2023", "ack_date_to")]
    [InlineData("?year=2023&month=11&irn_type=sales&page=0", "page")]
    [InlineData("?year=2023&month=11&irn_type=sales&page_size=2001", "page_size")]
    [InlineData("?year=2023&month=11&irn_type=sales&page_size=ten", "page_size")]
    public async Task Each_missing_or_invalid_parameter_gets_400_naming_it_and_its_format(string query, string field)
    {
        var (client, gstin) = await NewAccountAsync();

        using var response = await client.ListAsync(gstin, query);

        Assert.StartsWith($"Data format failed OR wrong value entered at: {field}. Format should follow ^",
            await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledgement_days_in_the_wrong_order_get_400()
    {
        var (client, gstin) = await NewAccountAsync();

        using var response = await client.ListAsync(gstin, "?year=2023&month=11&irn_type=sales&ack_date_from=20/11/2023&ack_date_to=10/11/2023");

        Assert.Contains("must not be after", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Gstin)> NewAccountAsync()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        return (await server.ClientForAsync(user), gstin);
    }

    private DateTime FirstOfLastMonth()
    {
        var now = server.IstNow();
        return new DateTime(now.Year, now.Month, 1).AddMonths(-1);
    }
}
