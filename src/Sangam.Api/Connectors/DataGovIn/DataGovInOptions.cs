using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Connectors.DataGovIn;

/// <summary>
/// Configuration section <c>DataGovIn</c>: the Open Government Data API of data.gov.in. Without an API key the
/// connector is off, except in sandbox mode, where it talks to the emulator with a sandbox key.
/// </summary>
public sealed class DataGovInOptions
{
    public const string Section = "DataGovIn";

    /// <summary>The data.gov.in API key (a secret: pass it as <c>DataGovIn__ApiKey</c>, never in a file of the repository).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API's base address; in sandbox mode the emulator unless set.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The resource id of the "RoC-wise Company Master Data" dataset.</summary>
    [Required]
    public string CompanyMasterResource { get; set; } = "4dbe5667-7b6b-41d7-82af-211562424d9a";

    /// <summary>Time one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time a lookup may take with its retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.2", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries of a failed lookup (it is a GET, safe to repeat).</summary>
    [Range(1, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Lookups in flight at once; more wait in a short queue, then fail fast rather than pile up.</summary>
    [Range(1, 1000)]
    public int MaxConcurrency { get; set; } = 16;
}
