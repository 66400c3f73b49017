using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Sangam.Api.Hosting.Cluster;

/// <summary>
/// Configuration section <c>Redis</c>: the state the nodes of a cluster share. Without <see cref="Configuration"/> a
/// node counts its limits alone and needs no Redis.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>10.0.0.7:6379,password=...</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key and channel, so several deployments can share one Redis.</summary>
    [Required, RegularExpression("^[A-Za-z0-9:_.-]{1,40}$")]
    public string KeyPrefix { get; set; } = "sangam:";

    /// <summary>
    /// How long a Redis call may take before the node stops waiting and counts on its own: every request that is
    /// rate limited waits for one call, so this stays short.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}

/// <summary>Refuses a configuration string StackExchange.Redis cannot read, naming the setting.</summary>
internal sealed class RedisOptionsValidation : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            return ConfigurationOptions.Parse(options.Configuration!).EndPoints.Count == 0
                ? ValidateOptionsResult.Fail("Redis:Configuration names no server (e.g. 127.0.0.1:6379).")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"Redis:Configuration cannot be read: {e.Message}");
        }
    }
}
