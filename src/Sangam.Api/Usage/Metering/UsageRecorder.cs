using System.Threading.Channels;

namespace Sangam.Api.Usage.Metering;

/// <summary>
/// Takes metered calls off the request path: a bounded in-memory queue drained in batches by <see cref="UsageWriter"/>.
/// If the writer falls far behind, new records are dropped and counted rather than slowing requests down.
/// </summary>
public sealed partial class UsageRecorder(ILogger<UsageRecorder> logger)
{
    private const int Capacity = 100_000;

    private readonly Channel<UsageEvent> _queue = Channel.CreateBounded<UsageEvent>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    private long _dropped;

    internal ChannelReader<UsageEvent> Reader => _queue.Reader;

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Record(UsageEvent call)
    {
        if (!_queue.Writer.TryWrite(call))
        {
            var dropped = Interlocked.Increment(ref _dropped);
            if (dropped == 1 || dropped % 10_000 == 0)
            {
                LogDropped(logger, dropped);
            }
        }
    }

    internal void Complete() => _queue.Writer.TryComplete();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Usage metering is behind; {Dropped} records dropped so far")]
    private static partial void LogDropped(ILogger logger, long dropped);
}
