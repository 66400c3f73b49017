using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>Configuration section <c>BulkReadiness</c>.</summary>
public sealed class BulkReadinessOptions
{
    public const string Section = "BulkReadiness";

    /// <summary>Rows one upload may hold (the header row not counted); a longer file is refused as a whole.</summary>
    [Range(1, 100_000)]
    public int MaxRows { get; set; } = 5000;

    /// <summary>Rows one job checks at once on a node; each row asks up to five ULIP services in parallel.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 8;

    /// <summary>Jobs this node works on at once; 0 makes a node that only accepts jobs (another node checks them).</summary>
    [Range(0, 16)]
    public int JobWorkers { get; set; } = 1;

    /// <summary>
    /// How long a claimed job stays with its node without progress; after that any node may take it over. Progress is
    /// written every few rows, so it must exceed the time a few rows may take against slow upstreams.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a finished job and its results are kept.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan JobRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often idle workers look for jobs queued on other nodes (jobs queued on this node wake them at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Rows checked between two writes of progress: a few rounds of the concurrency.</summary>
    internal int RowsPerWrite => Concurrency * 2;
}
