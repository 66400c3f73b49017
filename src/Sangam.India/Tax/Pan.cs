using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India.Tax;

/// <summary>A Permanent Account Number: five letters, four digits, a letter (e.g. <c>AAPFU0939F</c>).</summary>
public readonly record struct Pan : IIdentifier<Pan>
{
    /// <summary>The format of a normalised PAN.</summary>
    public const string Pattern = "^[A-Z]{5}[0-9]{4}[A-Z]$";

    /// <summary>Characters in a PAN.</summary>
    public const int Length = 10;

    internal const string Layout = "AAAAA9999A";

    private readonly string? _value;

    private Pan(string value) => _value = value;

    /// <summary>The PAN in upper case without spaces.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Who holds the PAN, from its fourth character.</summary>
    public PanHolderType HolderType => HolderTypeOf(Value[3]);

    static string IIdentifier<Pan>.Pattern => Pattern;

    /// <summary>Parses a PAN; spaces and hyphens are ignored, letters may be lower case.</summary>
    public static ParseResult<Pan> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<Pan>(problem);
        }

        var chars = buffer[..length];
        problem = length == Length ? CharacterLayout.FindMismatch(chars, Layout) : IdentifierText.WrongLength(Length, length);
        if (problem is not null)
        {
            return ParseResult.Failure<Pan>(problem);
        }

        var pan = new Pan(IdentifierText.ToValue(input!, chars));
        return pan.HolderType == PanHolderType.Unknown
            ? ParseResult.Success(pan, [UnknownHolderType(chars[3])])
            : ParseResult.Success(pan);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out Pan value) =>
        Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Wraps the PAN part of an already validated GSTIN.</summary>
    internal static Pan FromValidated(string value) => new(value);

    internal static PanHolderType HolderTypeOf(char fourth) => fourth switch
    {
        'C' or 'P' or 'H' or 'F' or 'A' or 'T' or 'B' or 'L' or 'J' or 'G' => (PanHolderType)fourth,
        _ => PanHolderType.Unknown,
    };

    internal static string UnknownHolderType(char fourth) =>
        string.Create(CultureInfo.InvariantCulture, $"character 4 {IdentifierText.Quote(fourth)} is not a known PAN holder type");
}
