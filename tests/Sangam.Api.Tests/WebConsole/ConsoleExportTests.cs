using System.Text.RegularExpressions;
using Sangam.Api.Tests.EInvoices;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.WebConsole;

public sealed partial class ConsoleExportTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task The_e_invoices_page_links_downloads_of_the_list_shown()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        var month = server.FirstOfLastMonth();
        using var api = await server.ClientForAsync(user);
        var invoices = Enumerable.Range(0, 3).Select(day => server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, month.AddDays(day).AddHours(11)))).ToArray();
        await api.ImportAsync(invoices);
        using var console = await ConsoleSession.SignedInAsync(server, user);

        var page = await console.PageAsync($"/console/EInvoices?Filter.Gstin={gstin}&Filter.IrnType=purchase&Filter.Year={month.Year}&Filter.Month={month.Month}&Filter.Page=2");
        var links = DownloadLink().Matches(page).ToDictionary(m => m.Groups[2].Value, m => WebUtility.HtmlDecode(m.Groups[1].Value));
        using var csv = await console.GetAsync(links["CSV"]);
        using var xlsx = await console.GetAsync(links["XLSX"]);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n");
        Assert.Equal(invoices.Select(i => (string?)i["Irn"]), lines[1..].Select(line => line.Split(',')[10]));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(4, XlsxSheet.Read(await xlsx.Content.ReadAsByteArrayAsync()).Count);
    }

    [Fact]
    public async Task A_download_with_bad_filters_shows_the_api_s_message_on_the_page()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        using var console = await ConsoleSession.SignedInAsync(server, user);

        var page = await console.PageAsync($"/console/EInvoices?handler=Export&format=csv&Filter.Gstin={gstin}&Filter.IrnType=purchase&Filter.Year=2026&Filter.Month=13");

        Assert.Contains("wrong value entered at: month", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"([^\"]+)\" download>Download (CSV|XLSX)</a>")]
    private static partial Regex DownloadLink();
}
