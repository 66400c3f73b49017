using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sangam.Api.Connectors;

/// <summary>
/// Where the connectors reach each upstream. The default is the configured URL, else the upstream's production
/// address; sandbox mode puts its emulators in place of the production addresses, so no connector knows about it.
/// </summary>
public interface IUpstreamAddresses
{
    /// <param name="upstream">The upstream's short name (<c>ulip</c>, <c>datagovin</c>, <c>irp</c>, <c>airtel</c>).</param>
    /// <param name="configured">The operator's URL for it, if any.</param>
    /// <param name="production">The upstream's public address; null when it has none to assume (the IRP of a GSP).</param>
    /// <returns>The base address with a trailing slash, or null when there is none.</returns>
    Uri? BaseAddress(string upstream, Uri? configured, Uri? production);
}

internal sealed class ConfiguredUpstreamAddresses : IUpstreamAddresses
{
    public Uri? BaseAddress(string upstream, Uri? configured, Uri? production) => WithTrailingSlash(configured ?? production);

    /// <summary>Relative paths resolve under a base address only when it ends with a slash.</summary>
    public static Uri? WithTrailingSlash(Uri? address) =>
        address is null || address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}

public static class UpstreamAddressesExtensions
{
    /// <summary>The configured-or-production addresses, unless sandbox mode registered its own first; and the breakers' state every connector reports to.</summary>
    public static IServiceCollection AddUpstreamAddresses(this IServiceCollection services)
    {
        services.TryAddSingleton<IUpstreamAddresses, ConfiguredUpstreamAddresses>();
        services.TryAddSingleton<UpstreamBreakers>();
        return services;
    }
}
