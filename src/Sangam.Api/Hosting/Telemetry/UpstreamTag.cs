using System.Net.Http.Metrics;

namespace Sangam.Api.Hosting.Telemetry;

/// <summary>
/// Tags HttpClient's own metrics (<c>http.client.request.duration</c>) with the client's name (<c>ulip</c>,
/// <c>IrpClient</c>, <c>AirtelLocateConnector</c>, ...), so calls are told apart per upstream even when several share a
/// host, as the sandbox emulators do.
/// </summary>
internal sealed class UpstreamTag(string upstream) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpMetricsEnrichmentContext.AddCallback(request, context => context.AddCustomTag("sangam.upstream", upstream));
        return base.SendAsync(request, cancellationToken);
    }
}
