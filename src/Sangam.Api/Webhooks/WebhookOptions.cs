using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Webhooks;

/// <summary>
/// Configuration section <c>Webhooks</c>: posting events to customers. Settings under <c>Tracking:Webhooks</c>, where
/// they lived when only consent changes were posted, still apply beneath these.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";
    public const string EarlierSection = "Tracking:Webhooks";

    /// <summary>Whether this node posts deliveries. Any number of nodes may; each delivery is posted by one at a time.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the node looks for due deliveries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deliveries claimed per scan.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Deliveries posted at once by this node.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 16;

    /// <summary>How long a node may hold a delivery before another node may post it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Posts of one event before it is given up.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the second attempt; each further one waits twice as long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long delivered and given-up deliveries stay in the history.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Whether webhook URLs may reach loopback and private networks (sandbox mode allows them).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Whether webhook URLs may be plain http:// (sandbox mode allows them; https:// only otherwise).</summary>
    public bool AllowHttp { get; set; }
}
