using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Hosting.Telemetry;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Http.RateLimiting;

/// <summary>
/// Per-account limits for every authenticated call and per-address limits for login and refresh, answered with
/// 429, <c>Retry-After</c> and the envelope. Counted by <see cref="WindowCounters"/>: across the cluster when Redis is
/// configured, on this node otherwise.
/// </summary>
public static class RateLimitPolicies
{
    public const string Login = "login";

    public static IServiceCollection AddSangamRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, WindowKey>(PerAccount);
            limiter.AddPolicy(Login, PerAddress);
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.HttpContext.RequestServices.GetRequiredService<SangamMetrics>().RateLimited(
                    context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Login ? "login_per_address" : "account");
                return new ValueTask(ApiError.TooManyRequests(retryAfter).ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    private static RateLimitPartition<WindowKey> PerAccount(HttpContext context)
    {
        if (context.FindCaller() is not { } caller)
        {
            return RateLimitPartition.GetNoLimiter(default(WindowKey));
        }

        var perMinute = caller.Account.RateLimitPerMinute
            ?? context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.DefaultPerAccountPerMinute;
        return Partition(context, new WindowKey(string.Create(CultureInfo.InvariantCulture, $"account:{caller.AccountId}"), perMinute, TimeSpan.FromMinutes(1)));
    }

    private static RateLimitPartition<WindowKey> PerAddress(HttpContext context)
    {
        var perMinute = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.LoginRequestsPerMinutePerAddress;
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        return Partition(context, new WindowKey($"login-address:{address}", perMinute, TimeSpan.FromMinutes(1)));
    }

    // The partition key carries the limit, so changing an account's limit takes effect with a fresh partition.
    private static RateLimitPartition<WindowKey> Partition(HttpContext context, WindowKey key) =>
        RateLimitPartition.Get(key, k => new CountedWindowLimiter(context.RequestServices.GetRequiredService<WindowCounters>(), k));
}
