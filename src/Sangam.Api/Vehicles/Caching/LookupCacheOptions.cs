using System.ComponentModel.DataAnnotations;
using Sangam.Api.Connectors.Ulip;

namespace Sangam.Api.Vehicles.Caching;

/// <summary>
/// Configuration section <c>Verification:Cache</c>: how long each service's answers are reused. Zero turns caching
/// off for that service. Government records change slowly; toll crossings do not.
/// </summary>
public sealed class LookupCacheOptions
{
    public const string Section = "Verification:Cache";

    /// <summary>VAHAN/01 and VAHAN/04 answers.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Vahan { get; set; } = TimeSpan.FromDays(1);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Sarathi { get; set; } = TimeSpan.FromDays(1);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan FastagCrossings { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan FastagTag { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan Echallan { get; set; } = TimeSpan.FromHours(1);

    /// <summary>"Not found" answers are kept at most this long: a new registration or tag should show up soon.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan NotFound { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a node answers from its memory before it looks at the database again, which bounds how long a
    /// refresh made on another node goes unseen here.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MemoryLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Answers a node keeps in memory.</summary>
    [Range(0, 10_000_000)]
    public int MemoryEntries { get; set; } = 20_000;

    public TimeSpan LifetimeOf(UlipService service, bool found)
    {
        var lifetime = service switch
        {
            UlipService.Vahan or UlipService.VahanDetails => Vahan,
            UlipService.Sarathi => Sarathi,
            UlipService.FastagCrossings => FastagCrossings,
            UlipService.FastagTag => FastagTag,
            UlipService.Echallan => Echallan,
            _ => TimeSpan.Zero,
        };
        return found || lifetime < NotFound ? lifetime : NotFound;
    }
}
