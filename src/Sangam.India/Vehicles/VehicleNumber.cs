using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sangam.India.Vehicles;

/// <summary>A vehicle registration number of the state series (<c>MH12AB1234</c>) or the Bharat series (<c>22BH1234AA</c>).</summary>
public readonly partial record struct VehicleNumber : IIdentifier<VehicleNumber>
{
    /// <summary>The format of a normalised state-series number.</summary>
    public const string StatePattern = "^[A-Z]{2}[0-9]{1,2}[A-Z]{0,3}[0-9]{4}$";

    /// <summary>The format of a normalised Bharat-series number (no I or O among its letters).</summary>
    public const string BharatPattern = "^[0-9]{2}BH[0-9]{4}[A-HJ-NP-Z]{1,2}$";

    /// <summary>The format of any normalised vehicle number.</summary>
    public const string Pattern = StatePattern + "|" + BharatPattern;

    /// <summary>A registration number as people write it in messages and help.</summary>
    public const string Example = "MH12AB1234";

    private readonly string? _value;

    private VehicleNumber(string value) => _value = value;

    /// <summary>The number in upper case without spaces or hyphens.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>State or Bharat series.</summary>
    public VehicleNumberSeries Series => char.IsAsciiDigit(Value[0]) ? VehicleNumberSeries.Bharat : VehicleNumberSeries.State;

    /// <summary>The two state letters of a state-series number; null for the Bharat series.</summary>
    public string? StateCode => Series == VehicleNumberSeries.State ? Value[..2] : null;

    /// <summary>The state of registration; null for the Bharat series and for letters not in the state table.</summary>
    public IndianState? State =>
        Series == VehicleNumberSeries.State && IndianStates.TryGetByLetterCode(Value.AsSpan(0, 2), out var state) ? state : null;

    /// <summary>The registering office, state letters and RTO digits (e.g. MH12); null for the Bharat series.</summary>
    public string? RtoCode => Series == VehicleNumberSeries.State ? Value[..(2 + RtoDigitCount)] : null;

    /// <summary>The series letters (AB in MH12AB1234, AA in 22BH1234AA); empty when there are none.</summary>
    public string SeriesLetters => Series == VehicleNumberSeries.State
        ? Value[(2 + RtoDigitCount)..^4]
        : Value[8..];

    /// <summary>The four-digit number.</summary>
    public string Number => Series == VehicleNumberSeries.State ? Value[^4..] : Value.Substring(4, 4);

    /// <summary>The year of registration of a Bharat-series number; null for the state series.</summary>
    public int? BharatSeriesYear => Series == VehicleNumberSeries.Bharat ? 2000 + ((Value[0] - '0') * 10) + (Value[1] - '0') : null;

    /// <summary>The number as printed on a plate: MH 12 AB 1234, 22 BH 1234 AA.</summary>
    public string DisplayForm
    {
        get
        {
            var value = Value.AsSpan();
            if (Series == VehicleNumberSeries.Bharat)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{value[..2]} BH {value[4..8]} {value[8..]}");
            }

            var rtoEnd = 2 + RtoDigitCount;
            return rtoEnd == value.Length - 4
                ? string.Create(CultureInfo.InvariantCulture, $"{value[..2]} {value[2..rtoEnd]} {value[^4..]}")
                : string.Create(CultureInfo.InvariantCulture, $"{value[..2]} {value[2..rtoEnd]} {value[rtoEnd..^4]} {value[^4..]}");
        }
    }

    private int RtoDigitCount
    {
        get
        {
            // Without series letters the RTO digits run straight into the four-digit number.
            var middle = Value.AsSpan(2, Value.Length - 6);
            var digits = middle.IndexOfAnyExceptInRange('0', '9');
            return digits < 0 ? middle.Length : digits;
        }
    }

    static string IIdentifier<VehicleNumber>.Pattern => Pattern;

    /// <summary>
    /// Parses a vehicle number; spaces and hyphens are ignored, letters may be lower case.
    /// State letters outside the state table are a warning, not a problem: test plates and
    /// documentation examples use them.
    /// </summary>
    public static ParseResult<VehicleNumber> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<VehicleNumber>(problem);
        }

        var chars = buffer[..length];
        if (BharatSeries().IsMatch(chars))
        {
            return ParseResult.Success(new VehicleNumber(IdentifierText.ToValue(input!, chars)));
        }

        if (!StateSeries().IsMatch(chars))
        {
            return ParseResult.Failure<VehicleNumber>(string.Create(
                CultureInfo.InvariantCulture,
                $"'{chars}' is neither a state-series number like MH12AB1234 nor a Bharat-series number like 22BH1234AA"));
        }

        var number = new VehicleNumber(IdentifierText.ToValue(input!, chars));
        return number.State is null
            ? ParseResult.Success(number, [$"state code '{number.StateCode}' is not a known state"])
            : ParseResult.Success(number);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out VehicleNumber value) =>
        Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex(StatePattern, RegexOptions.CultureInvariant)]
    private static partial Regex StateSeries();

    [GeneratedRegex(BharatPattern, RegexOptions.CultureInvariant)]
    private static partial Regex BharatSeries();
}
