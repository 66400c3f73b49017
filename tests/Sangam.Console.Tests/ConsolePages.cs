namespace Sangam.Console.Tests;

/// <summary>What a person does on any console page.</summary>
internal static class ConsolePages
{
    /// <summary>Opens the console, is sent to the sign-in form and fills it in.</summary>
    public static async Task SignInAsync(this IPage page, string username, string password)
    {
        await page.GotoAsync("/console");
        await page.WaitForURLAsync("**/console/signin**");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Follows a link of the console's navigation bar.</summary>
    public static Task OpenAsync(this IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Console" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>The rows of the page's tables with a cell that reads exactly <paramref name="cell"/>.</summary>
    public static ILocator Row(this IPage page, string cell) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = cell, Exact = true }) });
}
