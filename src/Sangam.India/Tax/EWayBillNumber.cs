using System.Diagnostics.CodeAnalysis;

namespace Sangam.India.Tax;

/// <summary>An e-way bill number, twelve digits.</summary>
public readonly record struct EWayBillNumber : IIdentifier<EWayBillNumber>
{
    /// <summary>The format of a normalised e-way bill number.</summary>
    public const string Pattern = "^[0-9]{12}$";

    /// <summary>Digits in an e-way bill number.</summary>
    public const int Length = 12;

    private readonly string? _value;

    private EWayBillNumber(string value) => _value = value;

    /// <summary>The twelve digits.</summary>
    public string Value => _value ?? string.Empty;

    static string IIdentifier<EWayBillNumber>.Pattern => Pattern;

    /// <summary>Parses an e-way bill number; spaces and hyphens are ignored.</summary>
    public static ParseResult<EWayBillNumber> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<EWayBillNumber>(problem);
        }

        var chars = buffer[..length];
        problem = length == Length ? CharacterLayout.FindMismatch(chars, "999999999999") : IdentifierText.WrongLength(Length, length);
        return problem is null
            ? ParseResult.Success(new EWayBillNumber(IdentifierText.ToValue(input!, chars)))
            : ParseResult.Failure<EWayBillNumber>(problem);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out EWayBillNumber value) =>
        Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
