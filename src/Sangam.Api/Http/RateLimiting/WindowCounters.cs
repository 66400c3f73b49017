using System.Threading.RateLimiting;
using Sangam.Api.Hosting.Cluster;
using StackExchange.Redis;

namespace Sangam.Api.Http.RateLimiting;

/// <summary>A fixed-window count: its name (what is counted), the permits a window allows, and the window.</summary>
public readonly record struct WindowKey(string Name, int Limit, TimeSpan Window);

/// <summary>
/// Fixed-window counters, one per key: in Redis when it is configured, so the whole cluster shares one count (taken
/// atomically by a script), and in this process otherwise or while Redis cannot be reached.
/// </summary>
public sealed class WindowCounters(RedisConnection redis) : IDisposable
{
    // Takes ARGV[1] permits (0 only asks) if the count stays within ARGV[2]; the window (ARGV[3] ms) starts with its
    // first permit. Answers {1, 0} when taken, {0, milliseconds until the window ends} when not.
    private const string TakeScript = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        local permits = tonumber(ARGV[1])
        if count + math.max(permits, 1) > tonumber(ARGV[2]) then
          return {0, redis.call('PTTL', KEYS[1])}
        end
        if permits > 0 and redis.call('INCRBY', KEYS[1], permits) == permits then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
        end
        return {1, 0}
        """;

    // The key carries the limit, so a changed limit starts a fresh local window, as it does in Redis at once.
    private readonly PartitionedRateLimiter<WindowKey> _local = PartitionedRateLimiter.Create<WindowKey, WindowKey>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions { PermitLimit = k.Limit, Window = k.Window, QueueLimit = 0 }));

    /// <summary>Whether counts are shared through Redis (and taking a permit needs a call to it).</summary>
    public bool IsShared => redis.IsConfigured;

    /// <summary>
    /// Takes <paramref name="permits"/> from the key's window (0 only asks whether one is left): null when allowed,
    /// otherwise how long until the window reopens. Refused requests take nothing.
    /// </summary>
    public async ValueTask<TimeSpan?> TakeAsync(WindowKey key, int permits = 1)
    {
        if (redis.IsConfigured)
        {
            if (redis.Database is { } database)
            {
                try
                {
                    var result = (RedisResult[])(await database.ScriptEvaluateAsync(TakeScript, [redis.Key("limit:" + key.Name)],
                        [permits, key.Limit, (long)key.Window.TotalMilliseconds]))!;
                    redis.Succeeded();
                    return (long)result[0] == 1 ? null : TimeSpan.FromMilliseconds(Math.Max(1, (long)result[1]));
                }
                catch (Exception e) when (RedisConnection.IsOutage(e))
                {
                    // Counted below, on this node.
                }
            }

            redis.Fallback("rate limits");
        }

        return TakeLocally(key, permits);
    }

    /// <summary>Takes permits from this process's count only.</summary>
    public TimeSpan? TakeLocally(WindowKey key, int permits = 1)
    {
        using var lease = _local.AttemptAcquire(key, permits);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : key.Window;
    }

    public void Dispose() => _local.Dispose();
}
