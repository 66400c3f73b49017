using System.Text;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed partial class BulkReadinessTests(ConsoleBrowser browser)
{
    private const string Fleet = "Vehicle No.,DL Number,Date of Birth\nMH12NW4402,GJ04 20120005008,26/05/1987\nKA01AB1234,,\nTN09BZ7777,,\nMH12,,\n";

    [Fact]
    public async Task A_csv_of_vehicles_is_checked_row_by_row_and_its_results_download_as_csv()
    {
        await using var tab = await browser.SignedInAsync(await browser.Server.CreateAccountAsync());
        var page = tab.Page;
        await page.OpenAsync("Bulk readiness");

        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "fleet.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Fleet) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check readiness" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Completed: 4 of 4 rows" })).ToBeVisibleAsync();
        await Expect(page.GetByText("2 ready · 1 not ready · 0 unknown · 1 invalid")).ToBeVisibleAsync();
        await Expect(page.Row("MH12NW4402")).ToContainTextAsync("ready");
        await Expect(page.Row("KA01AB1234")).ToContainTextAsync(NotReadyForInsurance());
        await Expect(page.Row("TN09BZ7777")).ToContainTextAsync("challans: 3 pending e-challans, fines of INR 24,000");
        await Expect(page.Row("MH12")).ToContainTextAsync("Data format failed OR wrong value entered at: vehiclenumber");
        await Screenshots.SaveAsync(page, "bulk-readiness");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        Assert.Matches("^readiness-[0-9a-f-]{36}\\.csv$", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Line,Vehicle number,DL number,Result,Blockers,Warnings,Not verified,Error,Checked at (IST)", lines[0]);
        Assert.Equal(["2,MH12NW4402,GJ04 20120005008,ready", "3,KA01AB1234,,not ready", "4,TN09BZ7777,,ready", "5,MH12,,invalid"],
            lines[1..].Select(line => string.Join(',', line.Split(',')[..4])));
    }

    [GeneratedRegex("not ready.*insurance: The insurance expired on", RegexOptions.Singleline)]
    private static partial Regex NotReadyForInsurance();
}
