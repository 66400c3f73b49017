using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India;

/// <summary>An Indian financial year, 1 April to 31 March, written <c>2023-24</c>.</summary>
public readonly record struct FinancialYear : IIdentifier<FinancialYear>, IComparable<FinancialYear>
{
    /// <summary>The format of a normalised financial year.</summary>
    public const string Pattern = "^[0-9]{4}-[0-9]{2}$";

    /// <summary>The earliest start year supported (four-digit years only).</summary>
    public const int MinStartYear = 1000;

    /// <summary>The latest start year supported (its 31 March must be a valid date).</summary>
    public const int MaxStartYear = 9998;

    private readonly string? _value;

    private FinancialYear(int startYear)
    {
        StartYear = startYear;
        _value = string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");
    }

    /// <summary>The calendar year in which it starts (2023 for 2023-24).</summary>
    public int StartYear { get; }

    /// <summary>The year as written on documents and in IRNs, <c>2023-24</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>1 April of <see cref="StartYear"/>.</summary>
    public DateOnly FirstDay => new(StartYear, 4, 1);

    /// <summary>31 March of the next year.</summary>
    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    static string IIdentifier<FinancialYear>.Pattern => Pattern;

    /// <summary>The financial year a date falls in.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year would start before <see cref="MinStartYear"/>.</exception>
    public static FinancialYear Of(DateOnly date) => FromStartYear(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The financial year starting on 1 April of <paramref name="startYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="MinStartYear"/>..<see cref="MaxStartYear"/>.</exception>
    public static FinancialYear FromStartYear(int startYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, MinStartYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, MaxStartYear);
        return new FinancialYear(startYear);
    }

    /// <summary>Parses <c>2023-24</c>; <c>2023-2024</c> is also accepted. The second year must follow the first.</summary>
    public static ParseResult<FinancialYear> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " ", "-/", out var length, out var problem))
        {
            return ParseResult.Failure<FinancialYear>(problem);
        }

        var chars = buffer[..length];
        if (chars is not ([_, _, _, _, '-' or '/', _, _] or [_, _, _, _, '-' or '/', _, _, _, _])
            || !int.TryParse(chars[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(chars[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return ParseResult.Failure<FinancialYear>("expected a year like 2023-24");
        }

        var expectedEnd = chars.Length == 7 ? (start + 1) % 100 : start + 1;
        if (end != expectedEnd)
        {
            return ParseResult.Failure<FinancialYear>(string.Create(
                CultureInfo.InvariantCulture,
                $"the year after {start} is {(chars.Length == 7 ? $"{expectedEnd:00}" : $"{expectedEnd}")}, not {chars[5..]}"));
        }

        return start is < MinStartYear or > MaxStartYear
            ? ParseResult.Failure<FinancialYear>($"start year {start} is outside {MinStartYear}-{MaxStartYear}")
            : ParseResult.Success(new FinancialYear(start));
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out FinancialYear value) =>
        Parse(input).TryGetValue(out value);

    /// <summary>Whether <paramref name="date"/> falls in this financial year.</summary>
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <inheritdoc />
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.StartYear < right.StartYear;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.StartYear > right.StartYear;

    /// <summary>Whether <paramref name="left"/> is not after <paramref name="right"/>.</summary>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.StartYear <= right.StartYear;

    /// <summary>Whether <paramref name="left"/> is not before <paramref name="right"/>.</summary>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.StartYear >= right.StartYear;

    /// <inheritdoc />
    public override string ToString() => Value;
}
