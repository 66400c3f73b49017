using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Sangam.Api.Connectors.DataGovIn;

public static class DataGovInConnector
{
    /// <summary>The upstream's short name, for <see cref="IUpstreamAddresses"/>.</summary>
    public const string Upstream = "datagovin";

    private static readonly Uri ProductionBaseUrl = new("https://api.data.gov.in/");

    /// <summary>
    /// Registers <see cref="DataGovInClient"/> with its resilience pipeline. It is on when an API key is configured
    /// (sandbox mode configures its emulator's).
    /// </summary>
    public static IHostApplicationBuilder AddDataGovIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataGovInOptions>().BindConfiguration(DataGovInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddUpstreamAddresses();

        builder.Services.AddHttpClient<DataGovInClient>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<DataGovInOptions>>().Value;
                http.BaseAddress = services.GetRequiredService<IUpstreamAddresses>().BaseAddress(Upstream, options.BaseUrl, ProductionBaseUrl);
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns every timeout
            })
            // The request URI carries the API key: keep it out of the HTTP client's logs.
            .RemoveAllLoggers()
            .AddResilienceHandler("data-gov-in", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<DataGovInOptions>>().Value;

                // Network time is real time, whatever clock the application runs on (tests freeze theirs).
                pipeline.TimeProvider = TimeProvider.System;
                pipeline
                    .AddConcurrencyLimiter(options.MaxConcurrency, options.MaxConcurrency)
                    .AddTimeout(options.TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = TimeSpan.FromMilliseconds(200),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    })
                    .AddCircuitBreaker(context.ServiceProvider.GetRequiredService<UpstreamBreakers>().Watch(new HttpCircuitBreakerStrategyOptions
                    {
                        SamplingDuration = TimeSpan.FromSeconds(30),
                        MinimumThroughput = 20,
                        FailureRatio = 0.5,
                        BreakDuration = TimeSpan.FromSeconds(15),
                    }, Upstream, "mca"))
                    .AddTimeout(options.AttemptTimeout);
            });
        return builder;
    }
}
