using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Sangam.Api.Http.Errors;
using Sangam.India;

namespace Sangam.Api.EInvoices.Listing;

/// <summary>Whose side of the e-invoice the GSTIN is on.</summary>
public enum IrnType
{
    /// <summary>The GSTIN is the buyer.</summary>
    Purchase,

    /// <summary>The GSTIN is the seller.</summary>
    Sales,
}

/// <summary>
/// The validated query of the IRN list: the acknowledgement days covered (a month, narrowed by the optional
/// acknowledgement days, or a range of days alone), the side, and the page.
/// </summary>
public sealed record IrnListQuery(IrnType Type, DateOnly FirstDay, DateOnly LastDay, int Page, int PageSize)
{
    public const int MaxPageSize = 2000;
    public const int MaxRangeDays = 366;
    public const int FirstYear = 2017;
    public const string YearPattern = "^[0-9]{4}$";
    public const string MonthPattern = "^(0?[1-9]|1[0-2])$";
    public const string IrnTypePattern = "^(purchase|sales)$";
    public const string DatePattern = "^([0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})$";
    public const string PagePattern = "^[1-9][0-9]*$";
    public const string PageSizePattern = "^[1-9][0-9]*$";

    /// <summary>How a client names the days it wants, for the 400 hints.</summary>
    public const string PeriodHint = "Give year and month (e.g. year=2024&month=11), or ack_date_from and ack_date_to (e.g. 01/11/2024 and 30/11/2024).";

    private const string DateHint = "A day as dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy or yyyy-mm-dd, e.g. 01/11/2024.";

    /// <summary>True when the client asked for more than <see cref="MaxPageSize"/> items a page and gets that many.</summary>
    public bool PageSizeClamped { get; private init; }

    /// <summary>
    /// Validates each parameter; the error names the first bad one and the format it must follow. <c>year</c> and
    /// <c>month</c> may be left out when both acknowledgement days are given.
    /// </summary>
    public static bool TryParse(
        string? year, string? month, string? irnType, string? ackDateFrom, string? ackDateTo, string? page, string? pageSize,
        [NotNullWhen(true)] out IrnListQuery? query, [NotNullWhen(false)] out ApiError? error)
    {
        query = null;
        var fromError = TryDate(ackDateFrom, "ack_date_from", out var from);
        var toError = TryDate(ackDateTo, "ack_date_to", out var to);
        DateOnly firstDay = default, lastDay = default;
        error = fromError ?? toError ?? TryPeriod(year, month, from, to, out firstDay, out lastDay);
        if (error is not null)
        {
            return false;
        }

        if (!TryType(irnType, out var type))
        {
            error = ApiError.InvalidField("irn_type", IrnTypePattern, "purchase or sales");
        }
        else if (!TryOptionalNumber(page, 1, out var p))
        {
            error = ApiError.InvalidField("page", PagePattern, "1");
        }
        else if (!TryOptionalNumber(pageSize, MaxPageSize, out var size))
        {
            error = ApiError.InvalidField("page_size", PageSizePattern, "2000");
        }
        else
        {
            query = new IrnListQuery(type, firstDay, lastDay, p, Math.Min(size, MaxPageSize)) { PageSizeClamped = size > MaxPageSize };
        }

        return query is not null;
    }

    /// <summary>Acknowledgement times covered, as stored (UTC): from the first day's IST midnight to the one after the last day.</summary>
    public (DateTimeOffset From, DateTimeOffset Until) AcknowledgementWindow() =>
        (EInvoiceTime.ToStored(FirstDay), EInvoiceTime.ToStored(LastDay.AddDays(1)));

    // A month (narrowed by whichever acknowledgement days fall inside it) or, without year and month, the range of days.
    private static ApiError? TryPeriod(string? year, string? month, DateOnly? from, DateOnly? to, out DateOnly firstDay, out DateOnly lastDay)
    {
        (firstDay, lastDay) = (default, default);
        if (from > to)
        {
            return ApiError.BadRequest("ack_date_from must not be after ack_date_to.");
        }

        if (string.IsNullOrWhiteSpace(year) && string.IsNullOrWhiteSpace(month) && from is { } start && to is { } end)
        {
            var days = end.DayNumber - start.DayNumber + 1;
            if (days > MaxRangeDays)
            {
                return ApiError.BadRequest(string.Create(CultureInfo.InvariantCulture,
                    $"ack_date_from to ack_date_to spans {days} days; at most {MaxRangeDays} are listed at once. Ask for a shorter range or for a month."));
            }

            (firstDay, lastDay) = (start, end);
            return null;
        }

        if (!TryNumber(year, FirstYear, 9999, out var y))
        {
            return ApiError.InvalidField("year", YearPattern, PeriodHint);
        }

        if (!TryNumber(month, 1, 12, out var m))
        {
            return ApiError.InvalidField("month", MonthPattern, PeriodHint);
        }

        var first = new DateOnly(y, m, 1);
        var last = first.AddMonths(1).AddDays(-1);
        firstDay = from is { } narrowedFrom && narrowedFrom > first ? narrowedFrom : first;
        lastDay = to is { } narrowedTo && narrowedTo < last ? narrowedTo : last;
        return null;
    }

    private static bool TryNumber(string? text, int min, int max, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    // Any positive number: a page past the end is an empty page, and a page size above the maximum is served at the maximum.
    private static bool TryOptionalNumber(string? text, int fallback, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed[0] is < '1' or > '9' || !trimmed.All(char.IsAsciiDigit))
        {
            return false;
        }

        value = long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= int.MaxValue ? (int)number : int.MaxValue;
        return true;
    }

    private static bool TryType(string? text, out IrnType type)
    {
        var normalised = text?.Trim().ToLowerInvariant();
        type = normalised == "sales" ? IrnType.Sales : IrnType.Purchase;
        return normalised is "purchase" or "sales";
    }

    private static ApiError? TryDate(string? text, string field, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length <= 10 && GovernmentDate.TryParse(text, out var day))
        {
            date = day;
            return null;
        }

        return ApiError.InvalidField(field, DatePattern, DateHint);
    }
}
