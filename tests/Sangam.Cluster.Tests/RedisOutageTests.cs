using System.Diagnostics.Metrics;
using Sangam.Api.Hosting.Telemetry;
using StackExchange.Redis;

namespace Sangam.Cluster.Tests;

/// <summary>A node whose Redis is stopped in the middle of its work and started again.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private const string Me = "/api/v2/users/me/";

    private RedisProcess _redis = null!;
    private ClusterNode _node = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisProcess.StartAsync();
        _node = new ClusterNode(_redis.Configuration);
        await _node.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Without_redis_the_node_keeps_answering_counting_alone_and_shares_again_when_it_returns()
    {
        var fallbacks = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SangamMetrics.MeterName && instrument.Name == "sangam.redis.fallbacks")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref fallbacks, value));
        listener.Start();

        var user = await _node.CreateAccountAsync();
        using var client = await _node.ClientForAsync(user);
        using (var shared = await client.GetAsync(Me))
        {
            Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        }

        Assert.Equal(1, await AccountCountInRedisAsync(user));

        // Only what the outage logs counts: on a loaded machine the node's first connection at start-up may have
        // failed and been reported (and its recovery) already.
        var logged = _node.Logs.Lines.Count;
        await _redis.StopAsync();
        using (var alone = await client.GetAsync(Me))
        {
            Assert.Equal(HttpStatusCode.OK, alone.StatusCode);
        }

        var (token, _) = await _node.LoginAsync(user);
        Assert.NotEmpty(token);
        Assert.True(Interlocked.Read(ref fallbacks) >= 2);
        Assert.Single(_node.Logs.Lines.Skip(logged), line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("Redis cannot be reached", StringComparison.Ordinal));

        await _redis.StartAgainAsync();
        // The node reconnects by itself; its calls are counted in Redis again (the restarted Redis starts empty).
        var counted = 0L;
        for (var attempt = 0; attempt < 100 && counted == 0; attempt++)
        {
            await Task.Delay(100);
            using var back = await client.GetAsync(Me);
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
            counted = await AccountCountInRedisAsync(user);
        }

        Assert.True(counted > 0, "The node did not count in Redis again within 10 s of its return.");
        Assert.Contains(_node.Logs.Lines.Skip(logged), line => line.Contains("Redis is reachable again", StringComparison.Ordinal));
    }

    private async Task<long> AccountCountInRedisAsync(TestUser user)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration);
        var value = await redis.GetDatabase().StringGetAsync($"{_node.KeyPrefix}limit:account:{user.AccountId}");
        return value.IsNull ? 0 : (long)value;
    }
}
