using System.Globalization;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

/// <summary>
/// The IRN list as programs written against the hosted platform call it (platform-api.md §9): each test sends the
/// query such a client sends and reads what it reads.
/// </summary>
public sealed class HostedClientIrnListTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Theory]
    [InlineData("{0:dd/MM/yyyy}", "{1:dd/MM/yyyy}")]
    [InlineData("{0:yyyy-MM-dd}", "{1:yyyy-MM-dd}")]
    [InlineData("{0:dd.MM.yyyy}", "{1:dd.MM.yyyy}")]
    [InlineData("{0:dd-MM-yyyy}", "{1:dd-MM-yyyy}")]
    [InlineData("{0:d.M.yyyy}", "{1:d.M.yyyy}")]
    public async Task Acknowledgement_days_are_read_in_every_form_clients_write_them(string fromFormat, string toFormat)
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();
        var month = server.FirstOfLastMonth();
        var inside = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(3).AddHours(12)));
        var outside = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(12).AddHours(12)));
        await client.ImportAsync(inside, outside);
        var (from, to) = (month.AddDays(1), month.AddDays(9));

        using var response = await client.ListAsync(gstin, string.Format(CultureInfo.InvariantCulture,
            "?irn_type=sales&year={2}&month={3:00}&ack_date_from=" + fromFormat + "&ack_date_to=" + toFormat, from, to, month.Year, month.Month));

        var page = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.ToJsonString());
        Assert.Equal([(string?)inside["Irn"]], page["data"]!.AsArray().Select(i => (string?)i!["irn"]));
    }

    [Theory]
    [InlineData("31/11/2024", "ack_date_from")]
    [InlineData("29.02.2023", "ack_date_from")]
    [InlineData("2024-13-01", "ack_date_from")]
    public async Task Impossible_days_get_the_documented_400(string day, string field)
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();

        using var response = await client.ListAsync(gstin, $"?irn_type=purchase&ack_date_from={day}&ack_date_to=30/12/2024");

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith($"Data format failed OR wrong value entered at: {field}. Format should follow ^", message, StringComparison.Ordinal);
        Assert.Contains("dd/mm/yyyy", (string?)(await response.ReadJsonAsync())["hint"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_of_acknowledgement_days_without_year_and_month_lists_across_months()
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();
        var lastMonth = server.FirstOfLastMonth();
        var earlier = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, lastMonth.AddMonths(-1).AddDays(25).AddHours(10)));
        var later = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, lastMonth.AddDays(2).AddHours(10)));
        var outside = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, lastMonth.AddDays(20).AddHours(10)));
        await client.ImportAsync(earlier, later, outside);

        using var response = await client.ListAsync(gstin, string.Create(CultureInfo.InvariantCulture,
            $"?irn_type=purchase&ack_date_from={lastMonth.AddMonths(-1).AddDays(20):dd/MM/yyyy}&ack_date_to={lastMonth.AddDays(10):dd/MM/yyyy}"));

        var page = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.ToJsonString());
        Assert.Equal([(string?)earlier["Irn"], (string?)later["Irn"]], page["data"]!.AsArray().Select(i => (string?)i!["irn"]));
    }

    [Fact]
    public async Task A_range_of_more_than_366_days_is_refused_and_so_is_a_query_without_month_or_range()
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();

        using var tooLong = await client.ListAsync(gstin, "?irn_type=sales&ack_date_from=01/01/2023&ack_date_to=02/01/2024");
        using var oneDayOnly = await client.ListAsync(gstin, "?irn_type=sales&ack_date_from=01/01/2023");
        using var fullYear = await client.ListAsync(gstin, "?irn_type=sales&ack_date_from=01/01/2024&ack_date_to=31/12/2024");

        Assert.Contains("spans 367 days; at most 366", await tooLong.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.StartsWith("Data format failed OR wrong value entered at: year.", await oneDayOnly.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("ack_date_from and ack_date_to", (string?)(await oneDayOnly.ReadJsonAsync())["hint"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fullYear.StatusCode);
    }

    [Fact]
    public async Task Clients_read_success_true_beside_the_message_and_find_no_truthy_status()
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();
        var month = server.FirstOfLastMonth();
        await client.ImportAsync(server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(1).AddHours(9))));

        using var found = await client.ListMonthAsync(gstin, month, "sales");
        using var none = await client.ListMonthAsync(gstin, month, "purchase");

        foreach (var (response, message) in new[] { (found, "Data Found"), (none, "No Data Found") })
        {
            var body = (await response.ReadJsonAsync()).AsObject();
            Assert.Equal(message, (string?)body["message"]);
            Assert.True((bool)body["success"]!);
            Assert.False(body.ContainsKey("status"));
        }
    }

    [Theory]
    [InlineData("2")]
    [InlineData("99999999999")]
    public async Task A_page_past_the_end_is_the_documented_empty_page(string pageNumber)
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();
        var month = server.FirstOfLastMonth();
        await client.ImportAsync(server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(1).AddHours(9))));

        using var response = await client.ListMonthAsync(gstin, month, "sales", $"&page={pageNumber}");

        var page = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.ToJsonString());
        Assert.Equal("No Data Found", (string?)page["message"]);
        Assert.True((bool)page["success"]!);
        Assert.Empty(page["data"]!.AsArray());
        Assert.Equal(1, (int)page["count"]!);
    }

    [Fact]
    public async Task A_page_size_above_2000_is_served_as_2000_and_the_response_says_so()
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();
        var month = server.FirstOfLastMonth();
        await client.ImportAsync(server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(1).AddHours(9))));

        using var clamped = await client.ListMonthAsync(gstin, month, "sales", "&page_size=5000");
        using var exact = await client.ListMonthAsync(gstin, month, "sales", "&page_size=2000");

        Assert.Equal(HttpStatusCode.OK, clamped.StatusCode);
        Assert.Equal(2000, (int)(await clamped.ReadJsonAsync())["page_size"]!);
        Assert.Equal("2000", clamped.Headers.GetValues("X-Page-Size-Clamped").Single());
        Assert.False(exact.Headers.Contains("X-Page-Size-Clamped"));
    }

    [Theory]
    [InlineData("8")]
    [InlineData("08")]
    public async Task The_month_is_read_with_or_without_a_leading_zero(string monthText)
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();

        using var response = await client.ListAsync(gstin, $"?irn_type=purchase&year=2024&month={monthText}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
