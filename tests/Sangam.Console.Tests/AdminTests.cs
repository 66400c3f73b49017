using System.Net;
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

    [Fact]
    public async Task An_admin_issues_an_api_key_shown_once_that_works_until_revoked()
    {
        var admin = await browser.Server.CreateAdminAsync();
        await using var tab = await browser.SignedInAsync(admin);
        var page = tab.Page;
        await page.OpenAsync("Admin");
        await page.Locator($"#account-{admin.Slug}").GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();

        await page.GetByLabel("Name").FillAsync("dispatch robot");
        await page.GetByLabel("vehicle").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Create key for {admin.Slug}" }).ClickAsync();

        var key = await page.GetByLabel("The new key").InputValueAsync();
        var prefix = key[..key.LastIndexOf('_')];
        await Expect(page.GetByText("it is shown only this once")).ToBeVisibleAsync();
        await Expect(page.Row(prefix).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("vehicle");
        using var client = browser.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("ApiKey", key);
        using (var works = await client.GetAsync("/api/v2/users/me/"))
        {
            Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        }

        await page.GotoAsync($"/console/admin/apikeys?slug={admin.Slug}");
        await Expect(page.GetByLabel("The new key")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "api-keys");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke {prefix}" }).ClickAsync();
        await Expect(page.GetByText($"API key {prefix} revoked.")).ToBeVisibleAsync();
        await Expect(page.Row(prefix).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("revoked");
        using var refused = await client.GetAsync("/api/v2/users/me/");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
