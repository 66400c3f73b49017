using Microsoft.Extensions.Options;
using Sangam.Api.Hosting.Telemetry;
using StackExchange.Redis;

namespace Sangam.Api.Hosting.Cluster;

/// <summary>
/// This node's connection to the Redis the cluster shares, when one is configured. It reconnects by itself; while
/// Redis cannot be reached, callers do their work on this node alone (<see cref="Database"/> is null or the call
/// fails fast), and the outage is logged once as a warning, counted, and its end logged.
/// </summary>
public sealed partial class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly Task<ConnectionMultiplexer>? _connecting;
    private readonly string _prefix;
    private readonly ILogger<RedisConnection> _logger;
    private readonly SangamMetrics _metrics;
    private int _degraded;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger, SangamMetrics metrics)
    {
        _prefix = options.Value.KeyPrefix;
        _logger = logger;
        _metrics = metrics;
        if (options.Value.IsConfigured)
        {
            var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
            // Start and keep answering without Redis; commands fail at once while it is away instead of queueing.
            configuration.AbortOnConnectFail = false;
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            configuration.AsyncTimeout = configuration.SyncTimeout = (int)options.Value.OperationTimeout.TotalMilliseconds;
            configuration.ConnectTimeout = Math.Max(1000, configuration.AsyncTimeout);
            // Back within about a second of Redis returning, rather than after an exponential wait.
            configuration.ReconnectRetryPolicy = new LinearRetry(1000);
            configuration.ClientName ??= "sangam";
            _connecting = ConnectionMultiplexer.ConnectAsync(configuration);
            metrics.ObserveRedis(() => Multiplexer is not null);
        }
    }

    public bool IsConfigured => _connecting is not null;

    /// <summary>The connected client, or null when Redis is not configured, not connected yet, or unreachable.</summary>
    public IConnectionMultiplexer? Multiplexer =>
        _connecting is { IsCompletedSuccessfully: true } connecting && connecting.Result.IsConnected ? connecting.Result : null;

    public IDatabase? Database => Multiplexer?.GetDatabase();

    public RedisKey Key(string name) => _prefix + name;

    public RedisChannel Channel(string name) => RedisChannel.Literal(_prefix + name);

    /// <summary>Whether an exception from a Redis call means Redis is away (as opposed to a bug).</summary>
    public static bool IsOutage(Exception exception) => exception is RedisException or TimeoutException or ObjectDisposedException;

    /// <summary>
    /// The connected client once the first connection attempt is over (at most the connect timeout; afterwards the
    /// client retries by itself), or null: what a short-lived process such as an operator command uses.
    /// </summary>
    public async ValueTask<IConnectionMultiplexer?> ConnectedAsync()
    {
        if (_connecting is null)
        {
            return null;
        }

        var multiplexer = await _connecting;
        return multiplexer.IsConnected ? multiplexer : null;
    }

    /// <summary>Records that <paramref name="feature"/> worked on this node alone because Redis could not be used.</summary>
    public void Fallback(string feature)
    {
        _metrics.RedisFallback(feature);
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            LogUnreachable(_logger, feature);
        }
    }

    /// <summary>Records a successful Redis call, ending an outage if there was one.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _degraded) == 1 && Interlocked.Exchange(ref _degraded, 0) == 1)
        {
            LogReachable(_logger);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connecting is { IsCompletedSuccessfully: true } connecting)
        {
            await connecting.Result.DisposeAsync();
        }
    }

    // The operator commands' service provider is disposed synchronously.
    public void Dispose()
    {
        if (_connecting is { IsCompletedSuccessfully: true } connecting)
        {
            connecting.Result.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cannot be reached ({Feature}): rate limits are counted on this node alone, revocations reach other nodes when their caches expire, and identical lookups on different nodes are not merged, until it returns")]
    private static partial void LogUnreachable(ILogger logger, string feature);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is reachable again: limits, revocations and lookups are shared across nodes once more")]
    private static partial void LogReachable(ILogger logger);
}
