using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Where this server can reach itself over HTTP. In sandbox mode the connectors call the emulators at this
/// address, so the same connector code and real HTTP are used as in production.
/// </summary>
public sealed class SelfAddress(IServer server, IConfiguration configuration)
{
    private Uri? _resolved;

    /// <summary>Base address with a trailing slash, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri BaseUri => _resolved ??= Resolve();

    /// <summary>An address under this server, e.g. <c>For("sandbox/ulip/")</c>.</summary>
    public Uri For(string relativePath) => new(BaseUri, relativePath);

    private Uri Resolve()
    {
        if (configuration["Sandbox:BaseUrl"] is { Length: > 0 } configured)
        {
            return new Uri(configured.TrimEnd('/') + "/");
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no listening address yet; set Sandbox:BaseUrl.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
