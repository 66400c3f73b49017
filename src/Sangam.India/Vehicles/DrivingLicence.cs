using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sangam.India.Vehicles;

/// <summary>
/// A driving licence number. The standard (SARATHI) form is state, RTO, issue year, serial:
/// <c>HR51 20210018922</c>. Licences issued under older state formats are accepted as
/// non-standard, with a warning, and are never turned into the standard form.
/// </summary>
public readonly partial record struct DrivingLicence : IIdentifier<DrivingLicence>
{
    /// <summary>The format of a normalised standard licence number (15 characters, no separators).</summary>
    public const string Pattern = "^[A-Z]{2}[0-9]{2}(19|20)[0-9]{2}[0-9]{7}$";

    /// <summary>A licence number as people write it in messages and help (the space is optional).</summary>
    public const string Example = "HR51 20210018922";

    /// <summary>Characters in a standard licence number without separators.</summary>
    public const int StandardLength = 15;

    private const string LegacyPattern = "^[A-Z]{2}[0-9A-Z]{6,18}$";

    private readonly string? _value;

    private DrivingLicence(string value) => _value = value;

    /// <summary>The number in upper case without spaces, hyphens or slashes.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for the standard SSRRYYYYNNNNNNN form; false for an older state format.</summary>
    public bool IsStandard => Standard().IsMatch(Value);

    /// <summary>The two state letters.</summary>
    public string StateCode => Value[..2];

    /// <summary>The issuing state, or null for letters not in the state table.</summary>
    public IndianState? State => IndianStates.TryGetByLetterCode(Value.AsSpan(0, 2), out var state) ? state : null;

    /// <summary>The issuing RTO (e.g. HR51) of a standard number; null for older formats.</summary>
    public string? RtoCode => IsStandard ? Value[..4] : null;

    /// <summary>The year of issue of a standard number; null for older formats.</summary>
    public int? IssueYear => IsStandard ? int.Parse(Value.AsSpan(4, 4), NumberStyles.None, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The form SARATHI looks licences up by: RTO, one space, year and serial (<c>HR51 20210018922</c>).
    /// An older-format number is returned as normalised, since no standard form exists for it.
    /// </summary>
    public string SarathiForm => IsStandard ? string.Concat(Value.AsSpan(0, 4), " ", Value.AsSpan(4)) : Value;

    static string IIdentifier<DrivingLicence>.Pattern => Pattern;

    /// <summary>
    /// Parses a licence number; spaces, hyphens and slashes are ignored, letters may be lower case.
    /// A number that is not in the standard form but looks like an older state format (known
    /// state letters, 8 to 20 characters, at least five digits) is accepted with a warning.
    /// </summary>
    public static ParseResult<DrivingLicence> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -/", [], out var length, out var problem))
        {
            return ParseResult.Failure<DrivingLicence>(problem);
        }

        var chars = buffer[..length];
        if (Standard().IsMatch(chars))
        {
            var licence = new DrivingLicence(IdentifierText.ToValue(input!, chars));
            return licence.State is null
                ? ParseResult.Success(licence, [$"state code '{licence.StateCode}' is not a known state"])
                : ParseResult.Success(licence);
        }

        // Fifteen characters in the standard layout with an impossible year is a mistyped
        // standard number, not an older format.
        if (length == StandardLength && CharacterLayout.FindMismatch(chars, "AA9999999999999") is null)
        {
            return ParseResult.Failure<DrivingLicence>(string.Create(
                CultureInfo.InvariantCulture,
                $"issue year {chars[4..8]} should start with 19 or 20"));
        }

        if (Legacy().IsMatch(chars) && CountDigits(chars) >= 5 && IndianStates.TryGetByLetterCode(chars[..2], out _))
        {
            return ParseResult.Success(
                new DrivingLicence(new string(chars)),
                ["not the standard SSRR YYYYNNNNNNN form: an older state format, kept as written"]);
        }

        return ParseResult.Failure<DrivingLicence>(
            "expected state letters, RTO digits, issue year and a 7-digit serial, e.g. HR51 20210018922");
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out DrivingLicence value) =>
        Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static int CountDigits(ReadOnlySpan<char> chars)
    {
        var count = 0;
        foreach (var c in chars)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Standard();

    [GeneratedRegex(LegacyPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Legacy();
}
