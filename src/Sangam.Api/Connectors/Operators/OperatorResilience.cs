using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Sangam.Api.Connectors.Operators;

/// <summary>Connection settings every operator connector has (each binds them under <c>Operators:&lt;Name&gt;</c>).</summary>
public abstract class OperatorConnectionOptions
{
    /// <summary>Calls in flight to this operator from this node; more wait in line. Operators cap a licence's request rate.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentRequests { get; set; } = 64;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time for a call including its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of idempotent calls (token, status, location, release) after a 429, 5xx or timeout.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
}

public static class OperatorResilience
{
    /// <summary>Marks a request as safe to repeat; only such requests are retried.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("sangam.operator.idempotent");

    private const int QueueLimit = 10_000;

    /// <summary>The upstream every operator's breaker reports under, each as a circuit of its own name.</summary>
    public const string Upstream = "operators";

    /// <summary>
    /// The pipeline of an operator's HTTP client, outermost first: a concurrency cap for the operator, a total
    /// timeout, bounded retries of idempotent calls with jittered backoff, a circuit breaker that opens only when
    /// most calls fail (operators fail 5-10 % of location fetches by design), and a per-attempt timeout.
    /// </summary>
    public static IHttpClientBuilder AddOperatorResilience<TOptions>(this IHttpClientBuilder builder, string name)
        where TOptions : OperatorConnectionOptions
    {
        builder.AddResilienceHandler(name, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value;

            // Network waits are real time, whatever clock the business logic runs on.
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddConcurrencyLimiter(options.MaxConcurrentRequests, QueueLimit);
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(100),
                    ShouldHandle = args => ValueTask.FromResult(IsIdempotent(args.Context) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
            }

            pipeline.AddCircuitBreaker(context.ServiceProvider.GetRequiredService<UpstreamBreakers>().Watch(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 100,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(10),
            }, Upstream, name));
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    private static bool IsIdempotent(ResilienceContext context) =>
        context.GetRequestMessage()?.Options.TryGetValue(Idempotent, out var idempotent) == true && idempotent;
}
