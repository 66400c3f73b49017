using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Sangam.Api.Administration;

namespace Sangam.Api.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry: metrics of the HTTP server (per route), of every outbound call (per upstream, with Polly's retry,
/// timeout and circuit-breaker events) and Sangam's own (<see cref="SangamMetrics"/>), scraped by Prometheus at
/// <c>/metrics</c>; with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, metrics and traces are also pushed over OTLP.
/// </summary>
public static class TelemetryHosting
{
    public const string ScrapePath = "/metrics";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SangamMetrics>();
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new UpstreamTag(http.Name)));
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("sangam"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(SangamMetrics.MeterName, "Polly")
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()).UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>On its own port (<see cref="MetricsOptions.Port"/>) before everything else, so scrapes are neither logged nor limited.</summary>
    public static WebApplication UseMetricsPort(this WebApplication app)
    {
        if (app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>()?.Port is { } port)
        {
            // The connection's local port, never the Host header, which the client chooses.
            app.UseOpenTelemetryPrometheusScrapingEndpoint(
                context => context.Connection.LocalPort == port && context.Request.Path == ScrapePath);
        }

        return app;
    }

    /// <summary>Without a port of its own, <c>/metrics</c> is an admin's endpoint on the API's port.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        if (app.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>()?.Port is null)
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath).RequireAuthorization(AccountsApi.AdminPolicy).ExcludeFromDescription();
        }

        return app;
    }
}
