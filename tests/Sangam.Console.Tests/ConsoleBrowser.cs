using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

/// <summary>
/// One Debian Chromium headless shell and one sandbox server for the whole test run. Each test opens its own browser
/// context (its own cookies, like a separate person's browser), which costs milliseconds where a browser costs a second.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    /// <summary>The map tiles' host: the <c>.invalid</c> top-level domain never resolves, and the browser contexts answer it.</summary>
    public const string TileHost = "http://tiles.invalid";

    // Chromium's headless shell: the same Blink and V8 without the desktop browser around them, at half the processor
    // time of the full browser's headless mode for these tests (94 → 44 s).
    private const string DefaultChromium = "/usr/bin/chromium-headless-shell";

    // A 1×1 light grey PNG: Leaflet stretches each tile image to 256×256, so the map shows a plain background.
    private static readonly byte[] PlainTile = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48eYJAAV4ArlTVdppAAAAAElFTkSuQmCC");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ConsoleServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        // The machine is shared and busy; five seconds is not always enough for a page to answer.
        SetDefaultExpectTimeout(20_000);
        var chromium = Environment.GetEnvironmentVariable("SANGAM_CHROMIUM") ?? DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium headless shell at {chromium} (apt-get install chromium-headless-shell; "
                + "./test.sh installs it), "
                + "or SANGAM_CHROMIUM set to a Chromium executable. Playwright's own browser downloads are not used.");
        }

        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A fresh browser context (no cookies) with one page, addressed at the server, answering map tile requests.</summary>
    public async Task<BrowserTab> NewTabAsync()
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new() { Width = 1280, Height = 800 },
            Locale = "en-IN",
            TimezoneId = "Asia/Kolkata",
        });
        context.SetDefaultTimeout(20_000);
        await context.RouteAsync(TileHost + "/**", route => route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = PlainTile }));
        return new BrowserTab(await context.NewPageAsync());
    }

    /// <summary>Signs <paramref name="user"/> in through the sign-in form, as a person would, in a fresh context.</summary>
    public async Task<BrowserTab> SignedInAsync(TestUser user)
    {
        var tab = await NewTabAsync();
        await tab.Page.SignInAsync(user.Username, user.Password);
        await Expect(tab.Page.GetByText($"{user.Username} · ")).ToBeVisibleAsync();
        return tab;
    }
}

/// <summary>A page in its own browser context; disposing it closes the context.</summary>
public sealed class BrowserTab(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => Page.Context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class InTheBrowser : ICollectionFixture<ConsoleBrowser>
{
    public const string Name = "Console in the browser";
}
