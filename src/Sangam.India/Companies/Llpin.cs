using System.Diagnostics.CodeAnalysis;

namespace Sangam.India.Companies;

/// <summary>A Limited Liability Partnership Identification Number: three letters, a hyphen, four digits (e.g. <c>AAB-1234</c>).</summary>
public readonly record struct Llpin : IIdentifier<Llpin>
{
    /// <summary>The format of a normalised LLPIN.</summary>
    public const string Pattern = "^[A-Z]{3}-[0-9]{4}$";

    private const string Layout = "AAA9999";

    private readonly string? _value;

    private Llpin(string value) => _value = value;

    /// <summary>The LLPIN in upper case with its hyphen.</summary>
    public string Value => _value ?? string.Empty;

    static string IIdentifier<Llpin>.Pattern => Pattern;

    /// <summary>Parses an LLPIN; the hyphen may be missing or a space, letters may be lower case.</summary>
    public static ParseResult<Llpin> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<Llpin>(problem);
        }

        var chars = buffer[..length];
        problem = length == Layout.Length
            ? CharacterLayout.FindMismatch(chars, Layout)
            : IdentifierText.WrongLength(Layout.Length, length) + " (3 letters and 4 digits)";
        if (problem is not null)
        {
            return ParseResult.Failure<Llpin>(problem);
        }

        var value = string.Concat(chars[..3], "-", chars[3..]);
        return ParseResult.Success(new Llpin(value == input ? input : value));
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out Llpin value) => Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
