using System.Globalization;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

/// <summary>The IRN list downloaded with <c>format=csv|xlsx</c>: every page of the JSON list, one row per e-invoice.</summary>
public sealed class IrnExportTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private static readonly string[] Headings =
        ["Supplier GSTIN", "Document type", "Document number", "Document date", "Taxable value", "IGST", "CGST", "SGST", "Cess", "Total", "IRN", "Ack number", "Ack date", "Status"];

    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_csv_download_holds_every_page_of_the_list_and_only_the_accounts_e_invoices()
    {
        var (client, gstin, month, othersIrn) = await AccountWithSalesAsync(7);
        var expected = await JsonRowsAsync(client, gstin, month);
        Assert.Equal(7, expected.Count);

        using var response = await client.ListMonthAsync(gstin, month, "sales", "&page=2&page_size=3&format=CSV");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"irn-sales-{gstin}-{month:yyyyMM}01-{month.AddMonths(1).AddDays(-1):yyyyMMdd}.csv"),
            response.Content.Headers.ContentDisposition?.FileName);
        var body = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\r\n", body, StringComparison.Ordinal);
        var lines = body[..^2].Split("\r\n");
        Assert.Equal(string.Join(',', Headings), lines[0]);
        Assert.Equal(expected, lines[1..].Select(line => line.Split(',')));
        Assert.DoesNotContain(othersIrn, body, StringComparison.Ordinal);
        Assert.Contains(expected, row => row[^1] == "CNL");
    }

    [Fact]
    public async Task An_xlsx_download_has_the_same_rows_with_amounts_as_numbers_and_dates_as_dates()
    {
        var (client, gstin, month, othersIrn) = await AccountWithSalesAsync(5);
        var expected = await JsonRowsAsync(client, gstin, month);
        Assert.Equal(5, expected.Count);

        using var response = await client.ListMonthAsync(gstin, month, "sales", "&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var rows = XlsxSheet.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Headings, rows[0].Select(c => c.Text));
        Assert.Equal(expected.Count, rows.Count - 1);
        Assert.DoesNotContain(rows, row => row[10].Text == othersIrn);
        foreach (var (row, want) in rows.Skip(1).Zip(expected))
        {
            Assert.Equal(want[..3], row.Take(3).Select(c => c.Text));
            Assert.Equal(want[3], row[3].Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            Assert.Equal("dd/mm/yyyy", row[3].NumberFormat);
            Assert.Equal(want[4..10], row.Skip(4).Take(6).Select(c => c.Amount.ToString("0.00", CultureInfo.InvariantCulture)));
            Assert.Equal(want[10..12], row.Skip(10).Take(2).Select(c => c.Text));
            Assert.Equal(want[12], row[12].Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            Assert.Equal(want[13], row[13].Text);
        }
    }

    [Fact]
    public async Task An_unknown_format_is_the_contracts_400_and_the_list_filters_are_still_checked()
    {
        var (client, gstin, month, _) = await AccountWithSalesAsync(1);

        using var pdf = await client.ListMonthAsync(gstin, month, "sales", "&format=pdf");
        using var badMonth = await client.ListAsync(gstin, "?year=2026&month=13&irn_type=sales&format=csv");
        using var notOwned = await client.ListMonthAsync(TestEInvoices.NewGstin(), month, "sales", "&format=csv");

        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("Data format failed OR wrong value entered at: format. Format should follow ^(csv|xlsx)$", (string?)(await pdf.ReadJsonAsync())["message"]);
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notOwned.StatusCode);
    }

    /// <summary>
    /// A new account owning a GSTIN with <paramref name="count"/> sales last month (one cancelled), beside another
    /// account that owns the same GSTIN and imported its own e-invoices of it, which must never show.
    /// </summary>
    private async Task<(HttpClient Client, string Gstin, DateTime Month, string OthersIrn)> AccountWithSalesAsync(int count)
    {
        var (client, gstin) = await server.NewAccountWithGstinAsync();
        var month = server.FirstOfLastMonth();
        await client.ImportAsync([.. Enumerable.Range(0, count).Select(i => server.IssueAsSandboxIrp(
            new EInvoiceSpec(gstin, TestEInvoices.NewGstin(i % 2 == 0 ? "33" : "27"), month.AddDays(i).AddHours(12))
            {
                TaxableValue = 1000m * (i + 1) + 0.5m, Status = i == 1 ? "CNL" : "ACT",
            }))]);
        var other = await server.CreateAccountAsync();
        await server.AddGstinsAsync(other, gstin);
        using var otherClient = await server.ClientForAsync(other);
        var others = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), month.AddDays(3).AddHours(9)));
        await otherClient.ImportAsync(others);
        return (client, gstin, month, (string)others["Irn"]!);
    }

    // Every page of the JSON list, as the download's text columns should show each e-invoice.
    private static async Task<List<string[]>> JsonRowsAsync(HttpClient client, string gstin, DateTime month)
    {
        var rows = new List<string[]>();
        for (var page = 1; ; page++)
        {
            using var response = await client.ListMonthAsync(gstin, month, "sales", $"&page={page}&page_size=2");
            var items = (await response.ReadJsonAsync())["data"]!.AsArray();
            if (items.Count == 0)
            {
                return rows;
            }

            rows.AddRange(items.Select(item => new[]
            {
                (string)item!["supplier_gstin"]!, (string)item["docType"]!, (string)item["docNum"]!, (string)item["docDt"]!,
                Amount(item, "AssVal"), Amount(item, "IgstVal"), Amount(item, "CgstVal"), Amount(item, "SgstVal"), Amount(item, "CesVal"),
                ((decimal)item["totInvAmt"]!).ToString("0.00", CultureInfo.InvariantCulture),
                (string)item["irn"]!, (string)item["ackNo"]!,
                DateTime.ParseExact((string)item["ackDt"]!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                (string)item["irnStatus"]!,
            }));
        }
    }

    private static string Amount(JsonNode item, string name) =>
        ((decimal?)item["data"]!["ValDtls"]![name] ?? 0m).ToString("0.00", CultureInfo.InvariantCulture);
}
