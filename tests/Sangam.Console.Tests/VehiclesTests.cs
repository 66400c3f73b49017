using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed partial class VehiclesTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task A_readiness_check_shows_the_verdict_and_the_vahan_evidence()
    {
        await using var tab = await browser.SignedInAsync(await browser.Server.CreateAccountAsync());
        var page = tab.Page;
        await page.OpenAsync("Vehicles");

        await page.GetByLabel("Vehicle number").FillAsync("mh 12 nw 4402");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check readiness" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToHaveTextAsync(Verdict());
        await Expect(page.GetByText(CheckedAt())).ToBeVisibleAsync();
        var vahan = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "VAHAN", Exact = false }) });
        await Expect(vahan.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "vehicles");
    }

    [Fact]
    public async Task A_malformed_vehicle_number_shows_the_api_s_message()
    {
        await using var tab = await browser.SignedInAsync(await browser.Server.CreateAccountAsync());
        var page = tab.Page;
        await page.OpenAsync("Vehicles");

        await page.GetByLabel("Vehicle number").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check readiness" }).ClickAsync();

        await Expect(page.GetByText("Data format failed OR wrong value entered at: vehiclenumber")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^MH12NW4402: (ready to dispatch|not ready|unknown)$")]
    private static partial Regex Verdict();

    [GeneratedRegex(@"^Checked \d\d/\d\d/\d{4} \d\d:\d\d IST$")]
    private static partial Regex CheckedAt();
}
