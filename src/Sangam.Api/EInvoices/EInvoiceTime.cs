using System.Globalization;
using Sangam.India;

namespace Sangam.Api.EInvoices;

/// <summary>
/// NIC's timestamps (AckDt, CancelDate, EwbDt...) are IST wall-clock times <c>yyyy-MM-dd HH:mm:ss</c>. The store keeps
/// instants in UTC (PostgreSQL accepts nothing else, and SQLite orders them correctly only then).
/// </summary>
public static class EInvoiceTime
{
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    public static bool TryParse(string? text, out DateTime istWallClock) =>
        DateTime.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out istWallClock);

    public static DateTimeOffset ToStored(DateTime istWallClock) => Ist.FromWallClock(istWallClock).ToUniversalTime();

    public static DateTimeOffset ToStored(DateOnly istDay) => ToStored(istDay.ToDateTime(TimeOnly.MinValue));

    /// <summary>As NIC writes it, in IST; <c>""</c> for none, as the contract wants empty values.</summary>
    public static string Write(DateTimeOffset? instant) =>
        instant is { } value ? value.ToIst().ToString(Format, CultureInfo.InvariantCulture) : "";
}
