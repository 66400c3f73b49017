using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Rewrite;
using Sangam.Api.Hosting.Cluster;
using Sangam.Api.Hosting.Telemetry;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.Idempotency;
using Sangam.Api.Http.Input;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.Http.Proxies;
using Sangam.Api.Http.RateLimiting;
using Sangam.Api.Usage.Metering;

namespace Sangam.Api.Hosting;

/// <summary>The pieces every API family stands on, and the one place the middleware order is decided.</summary>
public static class PlatformHosting
{
    public const long MaxRequestBodyBytes = 25 * 1024 * 1024;

    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section);
        services.AddOptions<MaintenanceOptions>().BindConfiguration(MaintenanceOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            // Responses are JSON documents, never embedded in HTML: keep quotes and angle brackets readable.
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = InputLimits.ServerRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = InputLimits.ServerRequestHeaderBytes;
        });
        services.AddExceptionHandler<EnvelopeExceptionHandler>();
        services.AddProblemDetails();
        builder.AddTelemetry();
        services.AddClusterConnection();
        services.AddProxySupport();
        services.AddSangamRateLimiting();
        services.AddSingleton<UsageRecorder>();
        services.AddSingleton<UsageVersion>();
        services.AddHostedService<UsageWriter>();
        services.AddHostedService<Maintenance>();
        services.AddSangamOpenApi();
        services.AddHealthChecks();
        return builder;
    }

    /// <summary>
    /// Middleware, outermost first: the client's address behind a trusted proxy, the metrics port, trace id, request
    /// log (outside the error handling, so it logs the status actually sent), errors in the envelope, the checks of the
    /// request line and headers, /api/v1 alias, routing, authentication, authorisation, metering (so 429s and refused
    /// bodies are metered), rate limits, the checks of the body, idempotency.
    /// </summary>
    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMetricsPort();
        app.UseTraceIdentity();
        app.UseMiddleware<RequestLogging>();
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => context.HttpContext.Response.HasStarted
            ? Task.CompletedTask
            : ApiError.ForStatus(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext));
        app.UseMiddleware<RequestHeadGuard>();
        // Documented clients use both /api/v1/ and /api/v2/ for the same operations.
        app.UseRewriter(new RewriteOptions().AddRewrite("^api/v1/(.*)$", "api/v2/$1", skipRemainingRules: true));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<MeteringMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyGuard>();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        // Probes come every few seconds from every load balancer: their request log lines are Debug, not Information.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).ExcludeFromDescription().WithRequestLogLevel(LogLevel.Debug);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).ExcludeFromDescription()
            .WithRequestLogLevel(LogLevel.Debug);
        app.MapSangamOpenApi();
        app.MapMetrics();
        return app;
    }
}
