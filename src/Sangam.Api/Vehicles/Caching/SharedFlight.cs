using Sangam.Api.Hosting.Cluster;
using StackExchange.Redis;

namespace Sangam.Api.Vehicles.Caching;

/// <summary>
/// One upstream call for identical lookups made at the same time on different nodes. The first node takes a short
/// lease in Redis and calls; the others wait until the lease is gone and read the answer it stored in the database.
/// A failed call stores nothing, and each waiting node then calls for itself. Without Redis, or while it is away,
/// every node calls for itself, as a lone node does.
/// </summary>
public sealed class SharedFlight(RedisConnection redis)
{
    // Longer than a connector's whole budget for one call (30 s with retries), so a live leader never loses its lease.
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(35);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    /// <summary>Takes the lease for <paramref name="flightId"/>, or waits while another node holds it.</summary>
    public async Task<FlightLease> LeadOrWaitAsync(string flightId)
    {
        if (!redis.IsConfigured)
        {
            return FlightLease.Alone;
        }

        var key = redis.Key("flight:" + flightId);
        var token = Guid.NewGuid().ToString("N");
        var deadline = DateTimeOffset.UtcNow + LeaseTime;
        try
        {
            if (redis.Database is { } database)
            {
                if (await database.StringSetAsync(key, token, LeaseTime, When.NotExists))
                {
                    redis.Succeeded();
                    return new FlightLease(release: () => database.ScriptEvaluateAsync(ReleaseScript, [key], [token]));
                }

                // Real time, not the server's clock: this waits on another process.
                while (await database.KeyExistsAsync(key) && DateTimeOffset.UtcNow < deadline)
                {
                    await Task.Delay(PollInterval);
                }

                redis.Succeeded();
                return FlightLease.Follower;
            }
        }
        catch (Exception e) when (RedisConnection.IsOutage(e))
        {
            // Reported below; this node calls for itself.
        }

        redis.Fallback("single flight");
        return FlightLease.Alone;
    }
}

/// <summary>
/// This node's part in a lookup shared across nodes: it leads (makes the call and must store the answer before the
/// lease ends), it follows (another node called: read the stored answer), or it is alone.
/// </summary>
public sealed class FlightLease(Func<Task>? release = null, bool followed = false) : IAsyncDisposable
{
    public static readonly FlightLease Alone = new();
    public static readonly FlightLease Follower = new(followed: true);

    /// <summary>Whether other nodes wait for the answer this node stores.</summary>
    public bool IsLeader => release is not null;

    /// <summary>Whether another node made the call this node waited for.</summary>
    public bool Followed => followed;

    public async ValueTask DisposeAsync()
    {
        if (release is null)
        {
            return;
        }

        try
        {
            await release();
        }
        catch (Exception e) when (RedisConnection.IsOutage(e))
        {
            // The lease expires by itself.
        }
    }
}
