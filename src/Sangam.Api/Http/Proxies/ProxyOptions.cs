using System.Net;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;

namespace Sangam.Api.Http.Proxies;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed. Nothing is trusted unless listed (not even loopback), so a client that
/// reaches a node directly cannot choose the address its login limits are counted against.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, comma-separated (e.g. <c>10.0.0.5,10.0.0.6</c>).</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Networks of trusted proxies in CIDR form, comma-separated (e.g. <c>10.0.0.0/24</c>).</summary>
    public string KnownNetworks { get; set; } = "";

    public IReadOnlyList<IPAddress> ParseProxies() => [.. Split(KnownProxies).Select(IPAddress.Parse)];

    public IReadOnlyList<IPNetwork> ParseNetworks() => [.. Split(KnownNetworks).Select(n => IPNetwork.Parse(n))];

    internal static IEnumerable<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Refuses entries that do not parse and, in production, a network that trusts every address (<c>/0</c>), which would
/// let any client forge its address.
/// </summary>
internal sealed class ProxyOptionsValidation(IOptions<PlatformOptions> platform) : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        failures.AddRange(ProxyOptions.Split(options.KnownProxies)
            .Where(entry => !IPAddress.TryParse(entry, out _))
            .Select(entry => $"ForwardedHeaders:KnownProxies: '{entry}' is not an IP address."));
        foreach (var entry in ProxyOptions.Split(options.KnownNetworks))
        {
            if (!IPNetwork.TryParse(entry, out var network))
            {
                failures.Add($"ForwardedHeaders:KnownNetworks: '{entry}' is not a network in CIDR form (e.g. 10.0.0.0/24).");
            }
            else if (network.PrefixLength == 0 && !platform.Value.IsSandbox)
            {
                failures.Add($"ForwardedHeaders:KnownNetworks: '{entry}' trusts every address; production lists the proxies' own network.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
