using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Http.RateLimiting;

/// <summary>Configuration section <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests per minute per account unless the account has its own limit.</summary>
    [Range(1, 10_000_000)]
    public int DefaultPerAccountPerMinute { get; set; } = 6000;
}
