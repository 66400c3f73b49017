using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed class DriversTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task A_driver_added_in_the_console_is_listed_and_appears_on_the_map_once_located()
    {
        var user = await browser.Server.CreateAccountAsync();
        await using var tab = await browser.SignedInAsync(user);
        var page = tab.Page;
        await page.OpenAsync("Drivers");
        var map = page.GetByRole(AriaRole.Region, new() { Name = "Map of the drivers' last positions" });
        await Expect(map).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("leaflet-container"));

        var mobile = TrackingServer.NewMobile(1);
        await page.GetByLabel("Mobile").FillAsync(mobile);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Anil Verma");
        await page.GetByLabel("Vehicle number (optional)").FillAsync("MH12NW4402");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and ask consent" }).ClickAsync();

        await Expect(page.GetByText("Driver Anil Verma saved; consent requested by SMS.")).ToBeVisibleAsync();
        await Expect(page.Row("Anil Verma")).ToContainTextAsync(mobile);
        await Expect(page.Row("Anil Verma")).ToContainTextAsync("Pending");
        await Expect(map.GetByAltText("Anil Verma")).ToHaveCountAsync(0);

        await browser.Server.LocateOnceAllowedAsync(user, mobile);
        await page.OpenAsync("Drivers");

        await Expect(page.Row("Anil Verma")).ToContainTextAsync("Allowed");
        await Expect(page.GetByText("1 of 1 drivers have a stored position.")).ToBeVisibleAsync();
        await Expect(map.GetByAltText("Anil Verma")).ToBeVisibleAsync();
        await Expect(map.Locator(".leaflet-tile-loaded").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "drivers");
    }

    [Fact]
    public async Task Another_account_s_located_driver_is_never_listed_or_mapped()
    {
        var owner = await browser.Server.CreateAccountAsync();
        var mobile = await browser.Server.AddDriverAsync(owner, "Suresh Yadav");
        await browser.Server.LocateOnceAllowedAsync(owner, mobile);
        await using var ownerTab = await browser.SignedInAsync(owner);
        await ownerTab.Page.OpenAsync("Drivers");
        await Expect(ownerTab.Page.GetByAltText("Suresh Yadav")).ToBeVisibleAsync();

        await using var otherTab = await browser.SignedInAsync(await browser.Server.CreateAccountAsync());
        var page = otherTab.Page;
        await page.OpenAsync("Drivers");

        await Expect(page.GetByText("No drivers yet.")).ToBeVisibleAsync();
        await Expect(page.GetByText("0 of 0 drivers have a stored position.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Map of the drivers' last positions" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("leaflet-container"));
        await Expect(page.GetByAltText("Suresh Yadav")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(mobile);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Suresh Yadav");
    }
}
