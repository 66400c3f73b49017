using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Sangam.India.Vehicles;

/// <summary>
/// A traffic e-challan number: two state letters and 10 to 22 letters or digits. The rest of
/// the layout differs between states and is treated as opaque.
/// </summary>
public readonly partial record struct EChallanNumber : IIdentifier<EChallanNumber>
{
    /// <summary>The format of a normalised e-challan number.</summary>
    public const string Pattern = "^[A-Z]{2}[A-Z0-9]{10,22}$";

    private readonly string? _value;

    private EChallanNumber(string value) => _value = value;

    /// <summary>The challan number, trimmed and in upper case.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The state prefix.</summary>
    public string StateCode => Value[..2];

    /// <summary>The issuing state, or null for letters not in the state table.</summary>
    public IndianState? State => IndianStates.TryGetByLetterCode(Value.AsSpan(0, 2), out var state) ? state : null;

    static string IIdentifier<EChallanNumber>.Pattern => Pattern;

    /// <summary>Parses a challan number. Only surrounding spaces and case are normalised: the number is opaque.</summary>
    public static ParseResult<EChallanNumber> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, [], [], out var length, out var problem))
        {
            return ParseResult.Failure<EChallanNumber>(problem);
        }

        var chars = buffer[..length];
        if (!Format().IsMatch(chars))
        {
            var prefixProblem = length >= 2 ? CharacterLayout.FindMismatch(chars[..2], "AA") : null;
            return ParseResult.Failure<EChallanNumber>(
                prefixProblem ?? $"expected 2 state letters and 10 to 22 letters or digits, got {length} characters");
        }

        var challan = new EChallanNumber(IdentifierText.ToValue(input!, chars));
        return challan.State is null
            ? ParseResult.Success(challan, [$"state code '{challan.StateCode}' is not a known state"])
            : ParseResult.Success(challan);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out EChallanNumber value) =>
        Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
