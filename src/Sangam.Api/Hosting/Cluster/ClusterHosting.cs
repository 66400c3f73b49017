using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting.Telemetry;
using Sangam.Api.Http.RateLimiting;

namespace Sangam.Api.Hosting.Cluster;

/// <summary>The state nodes share through Redis when <c>Redis:Configuration</c> is set; a lone node needs none of it.</summary>
public static class ClusterHosting
{
    /// <summary>The Redis connection and what uses it; the operator commands take it too, so their revocations reach the nodes.</summary>
    public static IServiceCollection AddCluster(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidation>();
        services.AddMetrics();
        services.TryAddSingleton<SangamMetrics>();
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<CacheInvalidation>();
        services.TryAddSingleton<WindowCounters>();
        return services;
    }

    /// <summary>In the server: connect before taking requests, then listen to the other nodes.</summary>
    public static IServiceCollection AddClusterConnection(this IServiceCollection services)
    {
        services.AddCluster();
        services.AddHostedService<ClusterListener>();
        return services;
    }
}

/// <summary>
/// Waits for the first connection to Redis (at most its connect timeout) before the node takes requests, so a
/// healthy cluster never starts counting alone; then subscribes to invalidations, retrying until Redis answers.
/// </summary>
internal sealed class ClusterListener(RedisConnection redis, CacheInvalidation invalidation) : BackgroundService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis.IsConfigured && await redis.ConnectedAsync() is null)
        {
            redis.Fallback("start-up");
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsConfigured)
        {
            return;
        }

        while (!await invalidation.TrySubscribeAsync())
        {
            await Task.Delay(RetryInterval, stoppingToken);
        }
    }
}
