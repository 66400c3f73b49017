using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sangam.Api.Auth;

/// <summary>
/// Login limits that depend on the outcome, counted on this node: failed logins per client address (abuse), and
/// successful logins per user. Clients of the hosted platform log in before every call or once per GSTIN, so a
/// successful login is never counted against the address the way a failure is.
/// </summary>
public sealed class LoginLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failuresPerAddress;
    private readonly PartitionedRateLimiter<long> _successesPerUser;

    public LoginLimits(IOptions<AuthOptions> options)
    {
        var settings = options.Value;
        _failuresPerAddress = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => PerMinute(settings.FailedLoginsPerMinutePerAddress)));
        _successesPerUser = PartitionedRateLimiter.Create<long, long>(userId =>
            RateLimitPartition.GetFixedWindowLimiter(userId, _ => PerMinute(settings.LoginsPerMinutePerUser)));
    }

    /// <summary>How long the address must wait because of its failed logins, or null when it may try.</summary>
    public TimeSpan? AddressBlockedFor(IPAddress? address)
    {
        // Asking for no permit tells whether any is left without using one.
        using var lease = _failuresPerAddress.AttemptAcquire(Key(address), 0);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    public void RecordFailure(IPAddress? address)
    {
        using var lease = _failuresPerAddress.AttemptAcquire(Key(address));
    }

    /// <summary>Counts a successful login of the user; how long to wait when the user's allowance is used up.</summary>
    public TimeSpan? TryCountSuccess(long userId)
    {
        using var lease = _successesPerUser.AttemptAcquire(userId);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    public void Dispose()
    {
        _failuresPerAddress.Dispose();
        _successesPerUser.Dispose();
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static string Key(IPAddress? address) => (address ?? IPAddress.None).ToString();

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
}
