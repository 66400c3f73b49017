using Sangam.Api.Tests.SimTracking;
using Sangam.Api.Tests.Vehicles;

namespace Sangam.Api.Tests.WebConsole;

public sealed class ConsolePagesTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task The_vehicle_page_shows_the_readiness_verdict_with_its_evidence()
    {
        var user = await server.CreateAccountAsync();
        using var browser = await ConsoleSession.SignedInAsync(server, user);

        using var response = await browser.PostFormAsync("/console/vehicles", "/console/vehicles", new() { ["Form.VehicleNumber"] = "mh 12 nw 4402" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("MH12NW4402", page, StringComparison.Ordinal);
        Assert.Matches("data-verdict=\"(Ready|NotReady|Unknown)\"", page);
        Assert.Contains("<h2>VAHAN", page, StringComparison.Ordinal);
        Assert.Matches(@"Checked \d\d/\d\d/\d{4} \d\d:\d\d IST", page);
    }

    [Fact]
    public async Task A_malformed_vehicle_number_gets_the_api_s_message()
    {
        var user = await server.CreateAccountAsync();
        using var browser = await ConsoleSession.SignedInAsync(server, user);

        using var response = await browser.PostFormAsync("/console/vehicles", "/console/vehicles", new() { ["Form.VehicleNumber"] = "12345" });

        Assert.Contains("Data format failed OR wrong value entered at: vehiclenumber", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drivers_of_another_account_are_never_listed_or_mapped()
    {
        var owner = await server.CreateAccountAsync();
        var other = await server.CreateAccountAsync();
        var mobile = TrackingServer.NewMobile(7);
        using (var api = await server.ClientForAsync(owner))
        using (var added = await api.AddDriverAsync(mobile, "Suresh Yadav"))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        using var ownerBrowser = await ConsoleSession.SignedInAsync(server, owner);
        using var otherBrowser = await ConsoleSession.SignedInAsync(server, other);

        var ownPage = await ownerBrowser.PageAsync("/console/drivers");
        Assert.Contains("Suresh Yadav", ownPage, StringComparison.Ordinal);
        Assert.Contains(mobile, ownPage, StringComparison.Ordinal);
        var otherPage = await otherBrowser.PageAsync("/console/drivers");
        Assert.DoesNotContain(mobile, otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Suresh Yadav", otherPage, StringComparison.Ordinal);
        using var deleteOthers = await otherBrowser.PostFormAsync("/console/drivers", "/console/drivers?handler=Delete", new() { ["mobile"] = mobile });
        Assert.Contains("No driver with this mobile in your account.", await deleteOthers.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(mobile, await ownerBrowser.PageAsync("/console/drivers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_driver_added_in_the_console_is_asked_for_consent_and_can_be_deleted()
    {
        var user = await server.CreateAccountAsync();
        using var browser = await ConsoleSession.SignedInAsync(server, user);
        var mobile = TrackingServer.NewMobile(3);

        using var added = await browser.PostFormAsync("/console/drivers", "/console/drivers?handler=Add",
            new() { ["NewDriver.Mobile"] = mobile, ["NewDriver.Name"] = "Anil Verma", ["NewDriver.Channel"] = "SMS", ["NewDriver.Language"] = "HI" });
        var page = await added.Content.ReadAsStringAsync();
        Assert.Contains("Driver Anil Verma saved", page, StringComparison.Ordinal);
        Assert.Contains("data-consent=\"Pending\"", page, StringComparison.Ordinal);

        using var deleted = await browser.PostFormAsync("/console/drivers", "/console/drivers?handler=Delete", new() { ["mobile"] = mobile });
        Assert.Contains("Driver deleted", await deleted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var api = await server.ClientForAsync(user);
        using var gone = await api.GetAsync($"/api/v2/sim-tracking/drivers/{mobile}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in()
    {
        var admin = await server.CreateAdminAsync();
        using var browser = await ConsoleSession.SignedInAsync(server, admin);
        var username = "meera-" + admin.Slug;

        using var created = await browser.PostFormAsync("/console/admin", "/console/admin?handler=AddUser",
            new() { ["slug"] = admin.Slug, ["username"] = username, ["password"] = "a-long-enough-passphrase", ["role"] = "member" });

        Assert.Contains($"User {username} added to {admin.Slug}.", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var newcomer = await ConsoleSession.SignedInAsync(server, admin with { Username = username, Password = "a-long-enough-passphrase" });
        Assert.Contains(username, await newcomer.PageAsync("/console"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_counts_the_account_s_own_calls_per_family()
    {
        var user = await server.CreateAccountAsync();
        using (var api = await server.ClientForAsync(user))
        {
            using var lookup = await api.PostAsJsonAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });
            await api.UsageRowAsync("vahanLookup", 1);
        }

        using var browser = await ConsoleSession.SignedInAsync(server, user);

        var page = await browser.PageAsync("/console");
        Assert.Contains("<td>vehicle</td>", page, StringComparison.Ordinal);
    }
}
