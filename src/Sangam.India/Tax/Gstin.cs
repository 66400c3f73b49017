using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India.Tax;

/// <summary>
/// A GST identification number of a normal taxpayer: state code, PAN, entity number, <c>Z</c>,
/// check character (e.g. <c>27AAPFU0939F1ZV</c>).
/// </summary>
/// <remarks>
/// UIN, NRTP, OIDAR and TDS registrations have other shapes and are not GSTINs in this sense.
/// Parse with <see cref="ValidationMode.Lenient"/> for NIC sandbox GSTINs, which often fail the
/// check character and the fixed characters: those failures then become warnings.
/// </remarks>
public readonly record struct Gstin : IIdentifier<Gstin>
{
    /// <summary>The format of a normalised GSTIN (the check character is verified on top of it).</summary>
    public const string Pattern = "^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$";

    /// <summary>A valid GSTIN for messages and help.</summary>
    public const string Example = "27AAPFU0939F1ZV";

    /// <summary>Characters in a GSTIN.</summary>
    public const int Length = 15;

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly string? _value;

    private Gstin(string value) => _value = value;

    /// <summary>The GSTIN in upper case without spaces.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The GST state code, the first two digits.</summary>
    public int StateCode => ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>The state or union territory of registration.</summary>
    public IndianState State => Value.Length == Length && IndianStates.TryGetByCode(StateCode, out var state)
        ? state
        : throw new InvalidOperationException("A default Gstin has no state.");

    /// <summary>The holder's PAN, characters 3 to 12.</summary>
    public Pan Pan => Pan.FromValidated(Value.Substring(2, Pan.Length));

    /// <summary>
    /// Which registration of this PAN in this state it is: 1-9, then A-Z from the tenth on.
    /// </summary>
    public char EntityNumber => Value[12];

    /// <summary>The last character.</summary>
    public char CheckCharacter => Value[14];

    /// <summary>False only for a GSTIN accepted in lenient mode whose check character is wrong.</summary>
    public bool HasValidCheckCharacter => ComputeCheckCharacter(Value.AsSpan(0, Length - 1)) == CheckCharacter;

    static string IIdentifier<Gstin>.Pattern => Pattern;

    /// <summary>Parses a GSTIN strictly; spaces and hyphens are ignored, letters may be lower case.</summary>
    public static ParseResult<Gstin> Parse(string? input) => Parse(input, ValidationMode.Strict);

    /// <summary>
    /// Parses a GSTIN. In <see cref="ValidationMode.Lenient"/> mode a wrong check character,
    /// an entity number of 0 or a 14th character other than <c>Z</c> are warnings, not problems;
    /// the state code and the PAN must still be right.
    /// </summary>
    public static ParseResult<Gstin> Parse(string? input, ValidationMode mode)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<Gstin>(problem);
        }

        if (length != Length)
        {
            return ParseResult.Failure<Gstin>(IdentifierText.WrongLength(Length, length));
        }

        var chars = buffer[..Length];
        List<string>? warnings = null;
        problem = FindProblem(chars, mode, ref warnings);
        return problem is null
            ? ParseResult.Success(new Gstin(IdentifierText.ToValue(input!, chars)), warnings)
            : ParseResult.Failure<Gstin>(problem);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out Gstin value) =>
        Parse(input, ValidationMode.Strict).TryGetValue(out value);

    /// <inheritdoc cref="Parse(string?, ValidationMode)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, ValidationMode mode, out Gstin value) =>
        Parse(input, mode).TryGetValue(out value);

    /// <summary>
    /// The check character of a GSTIN from its first 14 characters: a Luhn mod 36 over
    /// <c>0-9A-Z</c>, which catches every single-character substitution.
    /// </summary>
    /// <exception cref="ArgumentException">Not 14 characters of 0-9 and A-Z.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first14) =>
        TryComputeCheckCharacter(first14, out var check)
            ? check
            : throw new ArgumentException("Expected the first 14 characters of a GSTIN: 0-9 and A-Z.", nameof(first14));

    /// <inheritdoc />
    public override string ToString() => Value;

    internal static bool TryComputeCheckCharacter(ReadOnlySpan<char> first14, out char check)
    {
        check = default;
        if (first14.Length != Length - 1)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < first14.Length; i++)
        {
            var value = Alphabet.IndexOf(first14[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            var product = value * ((i % 2) + 1);
            sum += (product / 36) + (product % 36);
        }

        check = Alphabet[(36 - (sum % 36)) % 36];
        return true;
    }

    /// <summary>Checks canonical characters; problems that <paramref name="mode"/> tolerates go to <paramref name="warnings"/>.</summary>
    internal static string? FindProblem(ReadOnlySpan<char> chars, ValidationMode mode, ref List<string>? warnings)
    {
        var problem = CharacterLayout.FindMismatch(chars[..2], "99")
            ?? CharacterLayout.FindMismatch(chars[2..12], Pan.Layout, firstPosition: 3);
        if (problem is not null)
        {
            return problem;
        }

        if (!IndianStates.TryGetByCode(chars[..2], out _))
        {
            return string.Create(CultureInfo.InvariantCulture, $"state code {chars[..2]} does not exist");
        }

        ReadOnlySpan<string?> tolerable = [EntityNumberProblem(chars[12]), FixedCharacterProblem(chars[13]), CheckCharacterProblem(chars)];
        foreach (var issue in tolerable)
        {
            if (issue is null)
            {
                continue;
            }

            if (mode == ValidationMode.Strict)
            {
                return issue;
            }

            (warnings ??= []).Add(issue);
        }

        return null;
    }

    private static string? EntityNumberProblem(char entity) =>
        entity == '0' ? "character 13 (entity number) should be 1-9 or A-Z but is '0'" : null;

    private static string? FixedCharacterProblem(char fixedCharacter) =>
        fixedCharacter == 'Z'
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"character 14 should be 'Z' but is {IdentifierText.Quote(fixedCharacter)}");

    private static string? CheckCharacterProblem(ReadOnlySpan<char> chars)
    {
        var expected = ComputeCheckCharacter(chars[..14]);
        return chars[14] == expected
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"check character should be {IdentifierText.Quote(expected)} but is {IdentifierText.Quote(chars[14])}");
    }
}
