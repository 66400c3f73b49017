namespace Sangam.India;

/// <summary>
/// Indian Standard Time: UTC+05:30 all year (no daylight saving since 1945), so a fixed offset is exact and needs
/// no time-zone database on the host.
/// </summary>
public static class Ist
{
    public static readonly TimeSpan Offset = new(5, 30, 0);

    /// <summary>The same instant expressed in IST.</summary>
    public static DateTimeOffset ToIst(this DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The IST calendar day of an instant.</summary>
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Interprets a wall-clock time read in India (upstream formats carry no offset).</summary>
    public static DateTimeOffset FromWallClock(DateTime wallClock) => new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Offset);
}
