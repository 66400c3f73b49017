using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Sangam.Api.Http.Proxies;

/// <summary>
/// The client address and scheme behind a reverse proxy: ASP.NET Core's forwarded-headers middleware, trusting only
/// the configured proxies. One hop is read (the proxy at the edge sets <c>X-Forwarded-For</c> to the address it saw),
/// so entries a client adds before it never count.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidation>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1;
            // The framework trusts loopback by default; a node reached directly on loopback must not be.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.ParseProxies())
            {
                forwarded.KnownProxies.Add(proxy);
            }

            foreach (var network in proxies.Value.ParseNetworks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }
}
