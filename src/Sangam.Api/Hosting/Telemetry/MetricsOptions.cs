using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Hosting.Telemetry;

/// <summary>Configuration section <c>Metrics</c>: where Prometheus scrapes the node.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// A port of this node's own (also listed in <c>ASPNETCORE_URLS</c>) on which <c>/metrics</c> answers without a
    /// token, for a scraper on a private network. Unset: <c>/metrics</c> is on the API's port and needs an admin's token.
    /// </summary>
    [Range(1, 65535)]
    public int? Port { get; set; }
}
