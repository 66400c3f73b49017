using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Sangam.Api.SimTracking;

/// <summary>Configuration section <c>Tracking</c>.</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";

    /// <summary>A stored position younger than this is served without asking the operator again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A bulk location answers within this time; numbers the operator has not located by then say so.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BulkDeadline { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Numbers of one bulk request located at once (each operator connector caps its own calls further).</summary>
    [Range(1, 500)]
    public int BulkConcurrency { get; set; } = 128;

    /// <summary>A consent request can be sent again at most this often per driver.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan ConsentResendInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Stored positions older than this are deleted.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan PositionRetention { get; set; } = TimeSpan.FromDays(90);

    [ValidateObjectMembers]
    public ConsentProcessOptions Consent { get; set; } = new();
}

/// <summary>Configuration section <c>Tracking:Consent</c>: the background process that learns consent answers from operators.</summary>
public sealed class ConsentProcessOptions
{
    /// <summary>Whether this node runs the process. Any number of nodes may; each driver is worked on by one at a time.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the node looks for due work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First check after a request; each check without an answer doubles the wait, up to <see cref="MaxCheckInterval"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstCheckAfter { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A request nobody answered within this time is FAILED.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan AnswerTimeout { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often an allowed consent is checked again, to learn when a driver revokes it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a node may hold a driver before another node may take the work over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Drivers claimed per scan.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Drivers worked on at once by this node.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 16;

    /// <summary>Wait before the next attempt after <paramref name="attempts"/> checks without an answer.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxCheckInterval.Ticks, FirstCheckAfter.Ticks * (1L << Math.Min(attempts, 20))));
}
