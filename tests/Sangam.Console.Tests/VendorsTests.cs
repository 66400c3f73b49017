using Sangam.Sandbox.DataGovIn;
using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed class VendorsTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task A_company_found_by_name_opens_with_its_status_and_financials()
    {
        await using var tab = await browser.SignedInAsync(await browser.Server.CreateAccountAsync());
        var page = tab.Page;
        await page.OpenAsync("Vendors");

        await page.GetByLabel("Company name").FillAsync("sahyadri info");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var hit = page.Row("Sahyadri Infotech Limited");
        await Expect(hit).ToContainTextAsync("RoC-Mumbai");
        await Screenshots.SaveAsync(page, "vendors");
        await hit.GetByRole(AriaRole.Link, new() { Name = SandboxCompanies.ListedWithFinancials }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sahyadri Infotech Limited" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "Active" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Turnover" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^-?₹[0-9,]+\\.\\d\\d$") }).First).ToBeVisibleAsync();
    }
}
