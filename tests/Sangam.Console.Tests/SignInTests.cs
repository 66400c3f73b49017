using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed class SignInTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task The_demo_user_signs_in_after_a_wrong_password_and_lands_on_the_overview()
    {
        await using var tab = await browser.NewTabAsync();
        var page = tab.Page;

        await page.SignInAsync("demo", "not-the-password");
        await Expect(page.GetByText("Unable to login with provided credential")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "signin");
        await page.SignInAsync("demo", "sangam-demo");

        await Expect(page).ToHaveURLAsync(new Uri(browser.Server.BaseAddress, "/console").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("demo · Demo Logistics Pvt Ltd")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_sees_no_admin_link_and_is_refused_the_admin_page()
    {
        await using var tab = await browser.SignedInAsync(await browser.Server.CreateAccountAsync());
        var page = tab.Page;

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vehicles" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
        await page.GotoAsync("/console/admin");

        await Expect(page).ToHaveURLAsync(new Uri(browser.Server.BaseAddress, "/console/forbidden").ToString());
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This page is for administrators. Ask an administrator of your account for access.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add user to", Exact = false })).ToHaveCountAsync(0);
    }
}
