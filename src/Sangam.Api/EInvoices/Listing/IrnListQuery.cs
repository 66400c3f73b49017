using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Sangam.Api.Platform.Errors;

namespace Sangam.Api.EInvoices.Listing;

/// <summary>Whose side of the e-invoice the GSTIN is on.</summary>
public enum IrnType
{
    /// <summary>The GSTIN is the buyer.</summary>
    Purchase,

    /// <summary>The GSTIN is the seller.</summary>
    Sales,
}

/// <summary>The validated query of the IRN list: acknowledgement month, side, optional acknowledgement days, page.</summary>
public sealed record IrnListQuery(int Year, int Month, IrnType Type, DateOnly? AckDateFrom, DateOnly? AckDateTo, int Page, int PageSize)
{
    public const int MaxPageSize = 2000;
    public const int FirstYear = 2017;
    public const string YearPattern = "^[0-9]{4}$";
    public const string MonthPattern = "^(0?[1-9]|1[0-2])$";
    public const string IrnTypePattern = "^(purchase|sales)$";
    public const string DatePattern = "^[0-9]{2}/[0-9]{2}/[0-9]{4}$";
    public const string PagePattern = "^[1-9][0-9]*$";
    public const string PageSizePattern = "^([1-9][0-9]{0,2}|1[0-9]{3}|2000)$";

    private const string DateFormat = "dd/MM/yyyy";

    /// <summary>Validates each parameter; the error names the first bad one and the format it must follow.</summary>
    public static bool TryParse(
        string? year, string? month, string? irnType, string? ackDateFrom, string? ackDateTo, string? page, string? pageSize,
        [NotNullWhen(true)] out IrnListQuery? query, [NotNullWhen(false)] out ApiError? error)
    {
        query = null;
        error = null;
        if (!TryNumber(year, FirstYear, 9999, out var y))
        {
            error = ApiError.InvalidField("year", YearPattern);
        }
        else if (!TryNumber(month, 1, 12, out var m))
        {
            error = ApiError.InvalidField("month", MonthPattern);
        }
        else if (!TryType(irnType, out var type))
        {
            error = ApiError.InvalidField("irn_type", IrnTypePattern);
        }
        else if (!TryDate(ackDateFrom, out var from))
        {
            error = ApiError.InvalidField("ack_date_from", DatePattern);
        }
        else if (!TryDate(ackDateTo, out var to))
        {
            error = ApiError.InvalidField("ack_date_to", DatePattern);
        }
        else if (from > to)
        {
            error = ApiError.BadRequest("ack_date_from must not be after ack_date_to.");
        }
        else if (!TryOptionalNumber(page, 1, int.MaxValue, 1, out var p))
        {
            error = ApiError.InvalidField("page", PagePattern);
        }
        else if (!TryOptionalNumber(pageSize, 1, MaxPageSize, MaxPageSize, out var size))
        {
            error = ApiError.InvalidField("page_size", PageSizePattern);
        }
        else
        {
            query = new IrnListQuery(y, m, type, from, to, p, size);
        }

        return query is not null;
    }

    /// <summary>Acknowledgement times covered, as stored (UTC): the IST month, narrowed to the requested days.</summary>
    public (DateTimeOffset From, DateTimeOffset Until) AcknowledgementWindow()
    {
        var first = new DateOnly(Year, Month, 1);
        var start = AckDateFrom is { } from && from > first ? from : first;
        var end = AckDateTo is { } to && to < first.AddMonths(1).AddDays(-1) ? to.AddDays(1) : first.AddMonths(1);
        return (EInvoiceTime.ToStored(start), EInvoiceTime.ToStored(end));
    }

    private static bool TryNumber(string? text, int min, int max, out int value) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static bool TryOptionalNumber(string? text, int min, int max, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrWhiteSpace(text) || TryNumber(text, min, max, out value);
    }

    private static bool TryType(string? text, out IrnType type)
    {
        var normalised = text?.Trim().ToLowerInvariant();
        type = normalised == "sales" ? IrnType.Sales : IrnType.Purchase;
        return normalised is "purchase" or "sales";
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parsed = DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
        date = parsed ? day : null;
        return parsed;
    }
}
