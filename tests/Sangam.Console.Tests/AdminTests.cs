using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed class AdminTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task An_admin_adds_a_user_who_can_then_sign_in()
    {
        var admin = await browser.Server.CreateAdminAsync();
        await using var tab = await browser.SignedInAsync(admin);
        var page = tab.Page;
        await page.OpenAsync("Admin");
        var account = page.Locator($"#account-{admin.Slug}");
        var username = "meera-" + admin.Slug;

        await account.GetByLabel("Username").FillAsync(username);
        await account.GetByLabel("Password").FillAsync("a-long-enough-passphrase");
        await account.GetByLabel("Role").SelectOptionAsync("member");
        await account.GetByRole(AriaRole.Button, new() { Name = $"Add user to {admin.Slug}" }).ClickAsync();

        await Expect(page.GetByText($"User {username} added to {admin.Slug}.")).ToBeVisibleAsync();
        await Expect(account.GetByRole(AriaRole.Row).Filter(new() { HasText = username }).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("member");
        await Screenshots.SaveAsync(page, "admin");
        await using var newcomer = await browser.SignedInAsync(admin with { Username = username, Password = "a-long-enough-passphrase" });
        await Expect(newcomer.Page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
    }
}
