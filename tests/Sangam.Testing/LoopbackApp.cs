using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;

namespace Sangam.Testing;

/// <summary>
/// A small web app on a loopback port, for a test's stand-in of a system outside Sangam: a customer's webhook
/// receiver, an upstream replaying recorded answers. Sangam talks to it over real HTTP.
/// </summary>
public static class LoopbackApp
{
    /// <summary>Starts an app whose routes <paramref name="map"/> adds, on a free loopback port.</summary>
    public static async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    /// <summary>Where the app listens, ending in a slash.</summary>
    public static Uri BaseAddress(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
}
