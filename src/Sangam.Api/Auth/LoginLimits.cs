using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting.Telemetry;
using Sangam.Api.Http.RateLimiting;

namespace Sangam.Api.Auth;

/// <summary>
/// Login limits that depend on the outcome, counted across the cluster when Redis is configured: failed logins per
/// client address (abuse), and successful logins per user. Clients of the hosted platform log in before every call or
/// once per GSTIN, so a successful login is never counted against the address the way a failure is.
/// </summary>
public sealed class LoginLimits(WindowCounters counters, SangamMetrics metrics, IOptions<AuthOptions> options)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>How long the address must wait because of its failed logins, or null when it may try.</summary>
    public async ValueTask<TimeSpan?> AddressBlockedForAsync(IPAddress? address) =>
        Counted(await counters.TakeAsync(Failures(address), permits: 0), "failed_logins_per_address");

    public async Task RecordFailureAsync(IPAddress? address) => await counters.TakeAsync(Failures(address));

    /// <summary>Counts a successful login of the user; how long to wait when the user's allowance is used up.</summary>
    public async ValueTask<TimeSpan?> TryCountSuccessAsync(long userId) => Counted(await counters.TakeAsync(
        new WindowKey(string.Create(CultureInfo.InvariantCulture, $"logins:{userId}"), options.Value.LoginsPerMinutePerUser, Minute)), "logins_per_user");

    private TimeSpan? Counted(TimeSpan? refusedFor, string limit)
    {
        if (refusedFor is not null)
        {
            metrics.RateLimited(limit);
        }

        return refusedFor;
    }

    private WindowKey Failures(IPAddress? address) =>
        new($"login-failures:{address ?? IPAddress.None}", options.Value.FailedLoginsPerMinutePerAddress, Minute);
}
