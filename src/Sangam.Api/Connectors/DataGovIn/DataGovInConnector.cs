using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Sangam.Api.Platform.Hosting;
using Sangam.Api.Platform.Sandbox;

namespace Sangam.Api.Connectors.DataGovIn;

public static class DataGovInConnector
{
    public const string SandboxApiKey = "sandbox";
    private static readonly Uri ProductionBaseUrl = new("https://api.data.gov.in/");

    /// <summary>
    /// Registers <see cref="DataGovInClient"/> with its resilience pipeline. It is on when an API key is configured;
    /// in sandbox mode the emulator and a sandbox key are the defaults.
    /// </summary>
    public static IHostApplicationBuilder AddDataGovIn(this IHostApplicationBuilder builder)
    {
        var sandbox = (builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions()).IsSandbox;
        builder.Services.AddOptions<DataGovInOptions>().BindConfiguration(DataGovInOptions.Section)
            .PostConfigure(o => o.ApiKey = string.IsNullOrEmpty(o.ApiKey) && sandbox ? SandboxApiKey : o.ApiKey)
            .ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddHttpClient<DataGovInClient>((services, http) =>
            {
                var options = services.GetRequiredService<IOptions<DataGovInOptions>>().Value;
                http.BaseAddress = options.BaseUrl is { } configuredUrl
                    ? new Uri(configuredUrl.ToString().TrimEnd('/') + "/")
                    : sandbox ? services.GetRequiredService<SelfAddress>().For("sandbox/datagovin/") : ProductionBaseUrl;
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
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        SamplingDuration = TimeSpan.FromSeconds(30),
                        MinimumThroughput = 20,
                        FailureRatio = 0.5,
                        BreakDuration = TimeSpan.FromSeconds(15),
                    })
                    .AddTimeout(options.AttemptTimeout);
            });
        return builder;
    }
}
