using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India;

/// <summary>
/// Calendar dates as Indian government systems write them. VAHAN alone uses <c>dd-MM-yyyy</c>, <c>dd-MMM-yyyy</c>
/// and ISO depending on the state; SARATHI writes <c>yyyy-MM-dd</c>, e-Challan <c>dd-MM-yyyy HH:mm:ss</c> and NIC
/// <c>dd/MM/yyyy</c>; people and client programs also write <c>dd.MM.yyyy</c> and leave out leading zeros
/// (<c>1.11.2024</c>). Day-first is assumed whenever the year comes last, as everywhere in India.
/// </summary>
public static class GovernmentDate
{
    /// <summary>The shapes accepted, as shown in messages.</summary>
    public const string Formats = "dd-MM-yyyy, dd-MMM-yyyy, dd/MM/yyyy, dd.MM.yyyy, yyyy-MM-dd (optionally followed by a time)";

    private static readonly string[] DateFormats =
    [
        "dd-MM-yyyy", "d-M-yyyy", "dd-MMM-yyyy", "d-MMM-yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd/MMM/yyyy",
        "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "dd MMM yyyy", "d MMM yyyy",
    ];

    /// <summary>
    /// Parses a date, ignoring a trailing time of day (<c>16-07-2023 16:44:58</c>, <c>2024-07-12T11:43:38</c>).
    /// Month names are English and case-insensitive (<c>12-MAR-2019</c>).
    /// </summary>
    public static ParseResult<DateOnly> Parse(string? input)
    {
        var text = input.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return ParseResult.Failure<DateOnly>(IdentifierText.NoValue);
        }

        if (text.Length > 40)
        {
            return ParseResult.Failure<DateOnly>("too long for a date");
        }

        var datePart = text[..EndOfDate(text)];
        return DateOnly.TryParseExact(datePart, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? ParseResult.Success(date)
            : ParseResult.Failure<DateOnly>(string.Create(CultureInfo.InvariantCulture, $"'{datePart}' is not a date in any of {Formats}"));
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out DateOnly date) => Parse(input).TryGetValue(out date);

    // A time follows the date after 'T' (ISO) or after the space that precedes hh:mm.
    private static int EndOfDate(ReadOnlySpan<char> text)
    {
        var iso = text.IndexOf('T');
        if (iso >= 8 && char.IsAsciiDigit(text[iso - 1]))
        {
            return iso;
        }

        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return text.Length;
        }

        var space = text[..colon].LastIndexOf(' ');
        return space > 0 ? space : text.Length;
    }
}
