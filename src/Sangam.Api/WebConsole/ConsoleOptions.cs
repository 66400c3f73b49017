using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.WebConsole;

/// <summary>Configuration section <c>Console</c>.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Map tiles for the drivers' map; <c>{s}</c>, <c>{z}</c>, <c>{x}</c>, <c>{y}</c> as Leaflet expects.</summary>
    [Required]
    public string MapTileUrl { get; set; } = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>Attribution shown on the map, as the tile provider requires.</summary>
    public string MapAttribution { get; set; } = "&copy; OpenStreetMap contributors";

    /// <summary>Days of usage the overview shows.</summary>
    [Range(1, 366)]
    public int OverviewDays { get; set; } = 14;
}
