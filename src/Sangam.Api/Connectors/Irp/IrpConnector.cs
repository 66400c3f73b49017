using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Sangam.Api.Connectors.Irp;

public static class IrpConnector
{
    /// <summary>
    /// The IRP connector: options (section <c>Irp</c>), sessions, and the typed <see cref="IrpClient"/> with its own
    /// resilience pipeline: a total timeout, a concurrency cap, bounded retries of GETs only (generating an IRN is not
    /// repeated blindly), a circuit breaker and a per-attempt timeout.
    /// </summary>
    public static IServiceCollection AddIrpConnector(this IServiceCollection services)
    {
        services.AddOptions<IrpOptions>().BindConfiguration(IrpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<IrpOptions>, IrpOptionsValidation>();
        services.AddSingleton<IrpAccess>();
        services.AddUpstreamAddresses();
        services.AddSingleton<IrpSessionCache>();
        services.AddHttpClient<IrpClient>((provider, http) =>
            {
                var access = provider.GetRequiredService<IrpAccess>();
                if (access.IsConfigured)
                {
                    http.BaseAddress = access.BaseAddress;
                }

                // The pipeline's timeouts govern; HttpClient's own would cut across them.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("irp", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<IrpOptions>>().Value;
                // Timeouts, back-off and the breaker run on real time: the application clock may be a test's fake one.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline
                    .AddTimeout(options.TotalTimeout)
                    .AddConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = options.MaxConcurrency, QueueLimit = options.MaxConcurrency });
                if (options.MaxRetries > 0)
                {
                    var retry = new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(200),
                    };
                    retry.DisableForUnsafeHttpMethods();
                    pipeline.AddRetry(retry);
                }

                pipeline
                    .AddCircuitBreaker(context.ServiceProvider.GetRequiredService<UpstreamBreakers>().Watch(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = 10,
                        SamplingDuration = TimeSpan.FromSeconds(30),
                        BreakDuration = TimeSpan.FromSeconds(15),
                    }, IrpAccess.Upstream, IrpAccess.Upstream))
                    .AddTimeout(options.AttemptTimeout);
            });
        return services;
    }
}

/// <summary>A configured IRP needs its client credentials, its public key and complete users.</summary>
internal sealed class IrpOptionsValidation : IValidateOptions<IrpOptions>
{
    public ValidateOptionsResult Validate(string? name, IrpOptions options)
    {
        var failures = new List<string>();
        if (options.BaseUrl is not null)
        {
            if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                failures.Add("Irp:BaseUrl is set, so Irp:ClientId and Irp:ClientSecret are required.");
            }

            if (options.PublicKeyPemSource is null && (options.PublicKeyPath is null || !File.Exists(options.PublicKeyPath)))
            {
                failures.Add("Irp:BaseUrl is set, so Irp:PublicKeyPath must name the IRP's public key (PEM).");
            }
        }

        foreach (var user in options.Users)
        {
            if (string.IsNullOrWhiteSpace(user.Gstin) || string.IsNullOrWhiteSpace(user.UserName) || string.IsNullOrEmpty(user.Password))
            {
                failures.Add("Every Irp:Users entry needs Gstin, UserName and Password.");
                break;
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
