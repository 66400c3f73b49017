namespace Sangam.Api.Usage.Metering;

/// <summary>
/// Counts the batches this node's <see cref="UsageWriter"/> has committed. What was read from the usage tables at
/// one count is what they hold until the count moves on, as far as this node's calls go; other nodes' batches are
/// written on the same schedule, every <see cref="UsageWriter.FlushInterval"/>.
/// </summary>
public sealed class UsageVersion
{
    private long _value;

    public long Current => Volatile.Read(ref _value);

    internal void Advance() => Interlocked.Increment(ref _value);
}
