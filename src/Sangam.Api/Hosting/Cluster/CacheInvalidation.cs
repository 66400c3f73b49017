using System.Collections.Concurrent;

namespace Sangam.Api.Hosting.Cluster;

/// <summary>
/// Drops a cached entry (a revoked login session, a changed account) on every node at once: this node at the call,
/// the others through one Redis channel. Without Redis, or while it is away, other nodes drop the entry when it
/// expires (<c>Auth:StateCacheDuration</c>).
/// </summary>
public sealed partial class CacheInvalidation(RedisConnection redis, ILogger<CacheInvalidation> logger)
{
    private const string ChannelName = "invalidate";

    private readonly ConcurrentDictionary<string, Action<string>> _handlers = new(StringComparer.Ordinal);

    /// <summary>Sets how this node drops the entries of <paramref name="topic"/> (e.g. <c>session</c>) by id.</summary>
    public void Handle(string topic, Action<string> drop) => _handlers[topic] = drop;

    /// <summary>Drops the entry here, then tells the other nodes.</summary>
    public async Task PublishAsync(string topic, string id)
    {
        Drop(topic, id);
        if (!redis.IsConfigured)
        {
            return;
        }

        if (await redis.ConnectedAsync() is { } multiplexer)
        {
            try
            {
                await multiplexer.GetSubscriber().PublishAsync(redis.Channel(ChannelName), $"{topic} {id}");
                redis.Succeeded();
                return;
            }
            catch (Exception e) when (RedisConnection.IsOutage(e))
            {
                // Reported below; the other nodes' entries expire by themselves.
            }
        }

        redis.Fallback("revocation push");
    }

    /// <summary>Listens to the other nodes; StackExchange.Redis subscribes again by itself after a reconnection.</summary>
    public async Task<bool> TrySubscribeAsync()
    {
        if (redis.Multiplexer is not { } multiplexer)
        {
            return false;
        }

        try
        {
            await multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(ChannelName), (_, message) =>
            {
                var text = (string?)message;
                var space = text?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
                if (space > 0)
                {
                    Drop(text![..space], text[(space + 1)..]);
                }
            });
            return true;
        }
        catch (Exception e) when (RedisConnection.IsOutage(e))
        {
            return false;
        }
    }

    private void Drop(string topic, string id)
    {
        if (_handlers.TryGetValue(topic, out var drop))
        {
            try
            {
                drop(id);
            }
            catch (FormatException)
            {
                LogMalformed(logger, topic);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An invalidation of {Topic} with a malformed id was ignored")]
    private static partial void LogMalformed(ILogger logger, string topic);
}
