namespace Sangam.Console.Tests;

/// <summary>
/// The sandbox server the browser tests share: the tracking emulator on the fake clock (so a driver's consent and
/// location arrive when a test moves the clock), the sandbox company registry for vendor searches, and map tiles from
/// a host that only the test browser answers (<see cref="ConsoleBrowser.TileHost"/>), since tests have no internet.
/// </summary>
public sealed class ConsoleServer : TrackingServer
{
    protected override IReadOnlyDictionary<string, string?> TrackingSettings => new Dictionary<string, string?>
    {
        ["Console:MapTileUrl"] = ConsoleBrowser.TileHost + "/{z}/{x}/{y}.png",
        ["Console:MapAttribution"] = "Plain test tiles",
        ["Sandbox:Mca:SeedRegistry"] = "true",
    };
}
