using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Platform.Errors;

namespace Sangam.Api.Platform.RateLimiting;

/// <summary>
/// Per-account limits for every authenticated call and per-address limits for login and refresh, answered with
/// 429, <c>Retry-After</c> and the envelope. The limiters live in this process: each node of a cluster counts alone.
/// </summary>
public static class RateLimitPolicies
{
    public const string Login = "login";

    public static IServiceCollection AddSangamRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, AccountPartition>(PerAccount);
            limiter.AddPolicy(Login, PerAddress);
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                return new ValueTask(ApiError.TooManyRequests(retryAfter).ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    // The partition key carries the limit, so changing an account's limit takes effect with a fresh bucket.
    private readonly record struct AccountPartition(long AccountId, int PerMinute);

    private static RateLimitPartition<AccountPartition> PerAccount(HttpContext context)
    {
        if (context.FindCaller() is not { } caller)
        {
            return RateLimitPartition.GetNoLimiter(default(AccountPartition));
        }

        var perMinute = caller.Account.RateLimitPerMinute
            ?? context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.DefaultPerAccountPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(new AccountPartition(caller.AccountId, perMinute), key => new FixedWindowRateLimiterOptions
        {
            PermitLimit = key.PerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context)
    {
        var perMinute = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.LoginRequestsPerMinutePerAddress;
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        return RateLimitPartition.GetFixedWindowLimiter(
            string.Create(CultureInfo.InvariantCulture, $"{address}|{perMinute}"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
