using System.Globalization;
using Sangam.India;

namespace Sangam.Api.WebConsole;

/// <summary>How the console writes money, dates and times: rupees with Indian digit grouping, dd/mm/yyyy, IST.</summary>
public static class IndianFormat
{
    private static readonly CultureInfo Indian = CultureInfo.GetCultureInfo("en-IN");

    /// <summary>₹12,34,567.50</summary>
    public static string Rupees(decimal amount) => "₹" + amount.ToString("#,##0.00", Indian);

    /// <summary>12,34,567</summary>
    public static string Count(long value) => value.ToString("#,##0", Indian);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>26/11/2026 14:05 IST</summary>
    public static string Time(DateTimeOffset instant) => instant.ToIst().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " IST";

    public static string Time(DateTimeOffset? instant) => instant is { } value ? Time(value) : "";

    /// <summary>The time of day to the second, for what lasts seconds (a breaker's pause).</summary>
    public static string Clock(DateTimeOffset instant) => instant.ToIst().ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " IST";
}
