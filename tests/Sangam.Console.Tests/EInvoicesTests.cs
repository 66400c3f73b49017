using System.Globalization;
using Sangam.Testing.EInvoices;
using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed class EInvoicesTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task An_imported_irp_response_is_verified_and_then_listed_with_its_amount()
    {
        var server = browser.Server;
        var user = await server.CreateAccountAsync();
        var gstin = TestEInvoices.NewGstin();
        await server.AddGstinsAsync(user, gstin);
        var lastMonth = server.IstNow().AddMonths(-1);
        var purchases = Enumerable.Range(3, 3)
            .Select(day => new EInvoiceSpec(TestEInvoices.NewGstin("29"), gstin, new DateTime(lastMonth.Year, lastMonth.Month, day, 11, 0, 0)) { TaxableValue = 125000m * day })
            .ToList();
        var responses = new System.Text.Json.Nodes.JsonArray([.. purchases.Select(spec => server.IssueAsSandboxIrp(spec))]);
        await using var tab = await browser.SignedInAsync(user);
        var page = tab.Page;
        await page.OpenAsync("E-invoices");

        await page.GetByLabel("The IRP's responses as JSON").FillAsync(responses.ToJsonString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Import and verify" }).ClickAsync();
        await Expect(page.GetByText("3 received, 3 imported")).ToBeVisibleAsync();
        await Expect(page.Row("Imported")).ToHaveCountAsync(3);

        await page.GetByLabel("GSTIN").SelectOptionAsync(gstin);
        await page.GetByLabel("Type").SelectOptionAsync("purchase");
        await page.GetByLabel("Year").FillAsync(lastMonth.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(lastMonth.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "List" }).ClickAsync();

        await Expect(page.GetByText("3 e-invoices")).ToBeVisibleAsync();
        foreach (var spec in purchases)
        {
            var row = page.Row(spec.DocNumber);
            await Expect(row).ToContainTextAsync(spec.SellerGstin);
            await Expect(row).ToContainTextAsync(spec.AckNo.ToString(CultureInfo.InvariantCulture));
        }

        // 3 × ₹1,25,000 taxable plus 18% tax, in rupees with Indian digit grouping.
        await Expect(page.Row(purchases[0].DocNumber)).ToContainTextAsync("₹4,42,500.00");
        await Screenshots.SaveAsync(page, "einvoices");
    }
}
