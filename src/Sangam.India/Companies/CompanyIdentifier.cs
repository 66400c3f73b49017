using System.Diagnostics.CodeAnalysis;

namespace Sangam.India.Companies;

/// <summary>Either a CIN or an LLPIN, for lookups that accept both (the MCA master data holds companies and LLPs).</summary>
public readonly record struct CompanyIdentifier : IIdentifier<CompanyIdentifier>
{
    /// <summary>
    /// The CIN pattern: the platform's validation message shows it even though an LLPIN is also
    /// accepted. The LLPIN format is <see cref="Llpin.Pattern"/>.
    /// </summary>
    public const string Pattern = Companies.Cin.Pattern;

    /// <summary>A CIN and an LLPIN for messages and help.</summary>
    public const string Example = "L17110MH1973PLC019786 or AAB-1234";

    private CompanyIdentifier(Cin cin)
    {
        Cin = cin;
        Kind = CompanyIdentifierKind.Cin;
    }

    private CompanyIdentifier(Llpin llpin)
    {
        Llpin = llpin;
        Kind = CompanyIdentifierKind.Llpin;
    }

    /// <summary>Which of the two it is.</summary>
    public CompanyIdentifierKind Kind { get; }

    /// <summary>The CIN, when <see cref="Kind"/> is <see cref="CompanyIdentifierKind.Cin"/>.</summary>
    public Cin? Cin { get; }

    /// <summary>The LLPIN, when <see cref="Kind"/> is <see cref="CompanyIdentifierKind.Llpin"/>.</summary>
    public Llpin? Llpin { get; }

    /// <summary>The normalised CIN or LLPIN.</summary>
    public string Value => Cin?.Value ?? Llpin?.Value ?? string.Empty;

    static string IIdentifier<CompanyIdentifier>.Pattern => Pattern;

    /// <summary>Parses a CIN (21 characters) or an LLPIN (AAA-1234), telling which it is by its length.</summary>
    public static ParseResult<CompanyIdentifier> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<CompanyIdentifier>(problem);
        }

        if (length == Companies.Cin.Length)
        {
            var cin = Companies.Cin.Parse(input);
            return cin.IsValid
                ? ParseResult.Success(new CompanyIdentifier(cin.Value), cin.Warnings)
                : ParseResult.Failure<CompanyIdentifier>(cin.Problem);
        }

        if (length == 7)
        {
            var llpin = Companies.Llpin.Parse(input);
            return llpin.IsValid
                ? ParseResult.Success(new CompanyIdentifier(llpin.Value), llpin.Warnings)
                : ParseResult.Failure<CompanyIdentifier>(llpin.Problem);
        }

        return ParseResult.Failure<CompanyIdentifier>(
            $"expected a 21-character CIN or a 7-character LLPIN (AAA-1234), got {length} characters");
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out CompanyIdentifier value) =>
        Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
