using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed class OverviewTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task The_overview_charts_and_lists_the_account_s_calls()
    {
        var user = await browser.Server.CreateAccountAsync();
        using (var api = await browser.Server.ClientForAsync(user))
        {
            for (var call = 0; call < 2; call++)
            {
                using var lookup = await api.PostAsJsonAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });
                Assert.True(lookup.IsSuccessStatusCode, $"The lookup answered {(int)lookup.StatusCode}");
            }

            await MeteredAsync(api, calls: 2);
        }

        await using var tab = await browser.SignedInAsync(user);
        var page = tab.Page;

        await Expect(page.Row("vehicle").GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("2");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Calls per family and day, with errors and cache hits" });
        await Expect(chart).ToBeVisibleAsync();
        // Chart.js sizes the canvas to its box when it draws; without the script the canvas keeps HTML's 300×150.
        await Expect(chart).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex("height"));
        await Screenshots.SaveAsync(page, "overview");
    }

    // Usage is written in the background after each answer.
    private static async Task MeteredAsync(HttpClient api, long calls)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var usage = JsonNode.Parse(await api.GetStringAsync("/api/v2/usage/"))!["data"]!.AsArray();
            if (usage.Any(row => (string?)row!["api"] == "vahanLookup" && (long)row["calls"]! >= calls))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The lookups were never counted in /api/v2/usage/.");
    }
}
