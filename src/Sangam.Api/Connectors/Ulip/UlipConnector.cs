using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Sangam.Api.Connectors.Ulip;

public static class UlipConnector
{
    public static readonly Uri ProductionBaseUrl = new("https://www.ulip.dpiit.gov.in/");

    /// <summary>The upstream's short name, for <see cref="IUpstreamAddresses"/>.</summary>
    public const string Upstream = "ulip";

    /// <summary>
    /// Registers <see cref="UlipClient"/>: base URL (configured, else production ULIP, through
    /// <see cref="IUpstreamAddresses"/>) and a resilience pipeline per ULIP service, so one failing government system does not pause the others.
    /// </summary>
    public static IServiceCollection AddUlipConnector(this IServiceCollection services)
    {
        services.AddOptions<UlipOptions>().BindConfiguration(UlipOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<UlipOptions>, UlipOptionsValidation>();
        services.AddSingleton<UlipTokenCache>();
        services.AddSingleton<UlipClient>();
        services.AddUpstreamAddresses();
        services.AddHttpClient(UlipClient.HttpClientName, ConfigureClient)
            .AddResilienceHandler("ulip", ConfigurePipeline)
            .SelectPipelineBy(_ => request => request.RequestUri?.AbsolutePath ?? "");
        return services;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient http)
    {
        var configured = services.GetRequiredService<IOptions<UlipOptions>>().Value.BaseUrl;
        http.BaseAddress = services.GetRequiredService<IUpstreamAddresses>().BaseAddress(Upstream, configured, ProductionBaseUrl);
        // The pipeline's timeouts govern; HttpClient's own 100 s default would only get in their way.
        http.Timeout = Timeout.InfiniteTimeSpan;

        // ULIP answers a bodiless 400 to any call without it; a default "*/*" is not enough.
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<UlipOptions>>().Value;

        // Timeouts and the breaker measure real elapsed time, whatever clock the rest of the platform runs on.
        pipeline.TimeProvider = TimeProvider.System;
        pipeline.AddConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = options.MaxConcurrentCalls, QueueLimit = options.MaxQueuedCalls });
        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            // ULIP lookups are reads sent as POST: repeating one is safe, so transient failures are retried.
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        // One breaker per service (the pipeline key is the service's path): "VAHAN/01" is its last two segments.
        var service = string.Join('/', context.InstanceName.Split('/', StringSplitOptions.RemoveEmptyEntries).TakeLast(2));
        pipeline.AddCircuitBreaker(context.ServiceProvider.GetRequiredService<UpstreamBreakers>().Watch(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
        }, Upstream, service));
        pipeline.AddTimeout(options.AttemptTimeout);
    }
}
