namespace Sangam.Api.Tests.WebConsole;

public sealed class ConsoleSignInTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_browser_at_the_root_goes_to_the_console_and_an_api_client_to_the_docs()
    {
        using var browser = new ConsoleSession(server);
        using var api = ConsoleSession.Bare(server);

        using var toConsole = await browser.GetAsync("/");
        using var toDocs = await api.GetAsync("/");

        Assert.Equal("/console", toConsole.Headers.Location?.OriginalString);
        Assert.Equal("/docs", toDocs.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_page_asks_a_signed_out_browser_to_sign_in_and_sends_it_back_after()
    {
        var user = await server.CreateAccountAsync();
        using var browser = new ConsoleSession(server);

        using var refused = await browser.GetAsync("/console/vehicles");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/console/signin?returnUrl=%2Fconsole%2Fvehicles", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var signedIn = await browser.PostFormAsync("/console/signin", "/console/signin?returnUrl=%2Fconsole%2Fvehicles",
            new() { ["username"] = user.Username, ["password"] = user.Password });
        Assert.Equal("/console/vehicles", signedIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("sangam_console=", StringComparison.Ordinal));
        Assert.Contains("path=/console", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(user.Username, await browser.PageAsync("/console/vehicles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_api_s_words_and_counts_towards_the_same_lockout()
    {
        var user = await server.CreateAccountAsync();
        using var browser = new ConsoleSession(server);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var refused = await browser.SignInAsync(user.Username, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Unable to login with provided credential", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var locked = await browser.SignInAsync(user.Username, user.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        using var api = server.CreateClient();
        using var apiLogin = await api.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, apiLogin.StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var user = await server.CreateAccountAsync();
        using var browser = await ConsoleSession.SignedInAsync(server, user);

        using var forged = await browser.PostWithoutTokenAsync("/console/vehicles", new() { ["Form.VehicleNumber"] = "MH12NW4402" });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_login_session_so_the_old_cookie_no_longer_works()
    {
        var user = await server.CreateAccountAsync();
        using var browser = await ConsoleSession.SignedInAsync(server, user);
        using var stolen = ConsoleSession.Bare(server);
        var cookie = browser.CookieHeader;
        Assert.Contains("sangam_console=", cookie, StringComparison.Ordinal);

        using (var signedOut = await browser.PostFormAsync("/console", "/console/signin?handler=SignOut", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/console");
        request.Headers.Add("Cookie", cookie);
        using var replayed = await stolen.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/console/signin", replayed.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_is_refused_the_admin_page()
    {
        var member = await server.CreateAccountAsync();
        using var browser = await ConsoleSession.SignedInAsync(server, member);

        using var refused = await browser.GetAsync("/console/admin");
        Assert.Equal("/console/forbidden", refused.Headers.Location?.OriginalString);
        using var page = await browser.GetAsync("/console/forbidden");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("/console/admin", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_a_family_the_account_lacks_is_refused()
    {
        var user = await server.CreateAccountAsync(Sangam.Api.Accounts.ApiFamily.Vehicles);
        using var browser = await ConsoleSession.SignedInAsync(server, user);

        using var refused = await browser.GetAsync("/console/einvoices");

        Assert.Equal("/console/forbidden?family=irn", refused.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/console/console.css", "text/css")]
    [InlineData("/console/vendor/leaflet/leaflet.js", "text/javascript")]
    [InlineData("/console/vendor/chartjs/chart.umd.min.js", "text/javascript")]
    public async Task The_console_s_styles_and_scripts_come_from_the_server_itself(string path, string type)
    {
        using var client = ConsoleSession.Bare(server);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }
}
