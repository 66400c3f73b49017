using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Sangam.Api.Http.RateLimiting;

/// <summary>
/// One partition of the request limits as a <see cref="System.Threading.RateLimiting.RateLimiter"/> over <see cref="WindowCounters"/>, so the
/// ASP.NET Core middleware (its 429 and <c>OnRejected</c>) works the same whether the count is shared or local.
/// </summary>
internal sealed class CountedWindowLimiter(WindowCounters counters, WindowKey key) : System.Threading.RateLimiting.RateLimiter
{
    private long _lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // The middleware awaits AcquireAsync after a synchronous attempt fails: a shared count is only read that way.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        counters.IsShared ? WindowLease.NotYet : Lease(counters.TakeLocally(key, permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        Lease(await counters.TakeAsync(key, permitCount));

    private WindowLease Lease(TimeSpan? retryAfter)
    {
        Volatile.Write(ref _lastUsed, Stopwatch.GetTimestamp());
        return retryAfter is { } wait ? new WindowLease(false, wait) : WindowLease.Granted;
    }

    private sealed class WindowLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Granted = new(true, null);
        public static readonly WindowLease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
