using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India.Companies;

/// <summary>
/// A Corporate Identity Number: listing, NIC industry code, state, year of incorporation,
/// company type and registration number (e.g. <c>L17110MH1973PLC019786</c>).
/// </summary>
public readonly record struct Cin : IIdentifier<Cin>
{
    /// <summary>
    /// The format exactly as the platform's validation message shows it. It is looser than the
    /// parser (the <c>[L|U]</c> class also admits '|'); the parser accepts only L or U.
    /// </summary>
    public const string Pattern = "^([L|U]{1})([0-9]{5})([A-Za-z]{2})([0-9]{4})([A-Za-z]{3})([0-9]{6})$";

    /// <summary>Characters in a CIN.</summary>
    public const int Length = 21;

    private const string Layout = "*99999AA9999AAA999999";

    private readonly string? _value;

    private Cin(string value) => _value = value;

    /// <summary>The CIN in upper case.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Listed or unlisted, from the first character.</summary>
    public CompanyListing Listing => (CompanyListing)Value[0];

    /// <summary>The five-digit NIC (National Industrial Classification) code of the main activity.</summary>
    public string IndustryCode => Value.Substring(1, 5);

    /// <summary>The two letters of the state of the registered office, as the RoC writes them (e.g. MH, TG, CT).</summary>
    public string StateCode => Value.Substring(6, 2);

    /// <summary>The state of the registered office, or null for letters not in the state table.</summary>
    public IndianState? State => IndianStates.TryGetByLetterCode(Value.AsSpan(6, 2), out var state) ? state : null;

    /// <summary>The year of incorporation.</summary>
    public int YearOfIncorporation => int.Parse(Value.AsSpan(8, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The three letters of the company type (PLC, PTC, OPC...).</summary>
    public string CompanyTypeCode => Value.Substring(12, 3);

    /// <summary>The company type, or <see cref="CompanyType.Other"/> for a code not in the list.</summary>
    public CompanyType CompanyType => TypeOf(Value.AsSpan(12, 3));

    /// <summary>The six-digit registration number given by the RoC.</summary>
    public string RegistrationNumber => Value.Substring(15, 6);

    static string IIdentifier<Cin>.Pattern => Pattern;

    /// <summary>
    /// Parses a CIN; spaces are ignored, letters may be lower case. An unknown state or company
    /// type is a warning: the RoCs have used codes beyond the published lists.
    /// </summary>
    public static ParseResult<Cin> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " ", [], out var length, out var problem))
        {
            return ParseResult.Failure<Cin>(problem);
        }

        if (length != Length)
        {
            return ParseResult.Failure<Cin>(IdentifierText.WrongLength(Length, length));
        }

        var chars = buffer[..Length];
        problem = chars[0] is 'L' or 'U'
            ? CharacterLayout.FindMismatch(chars, Layout)
            : string.Create(CultureInfo.InvariantCulture, $"character 1 should be 'L' (listed) or 'U' (unlisted) but is {IdentifierText.Quote(chars[0])}");
        if (problem is not null)
        {
            return ParseResult.Failure<Cin>(problem);
        }

        List<string>? warnings = null;
        if (!IndianStates.TryGetByLetterCode(chars[6..8], out _))
        {
            (warnings ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"state code '{chars[6..8]}' is not a known state"));
        }

        if (TypeOf(chars[12..15]) == CompanyType.Other)
        {
            (warnings ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"company type '{chars[12..15]}' is not a known type"));
        }

        return ParseResult.Success(new Cin(IdentifierText.ToValue(input!, chars)), warnings);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out Cin value) => Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;

    private static CompanyType TypeOf(ReadOnlySpan<char> code) => code switch
    {
        "PLC" => CompanyType.PublicLimited,
        "PTC" => CompanyType.PrivateLimited,
        "OPC" => CompanyType.OnePerson,
        "NPL" => CompanyType.NotForProfit,
        "FTC" => CompanyType.ForeignSubsidiary,
        "FLC" => CompanyType.FinancialLease,
        "GOI" => CompanyType.CentralGovernment,
        "SGC" => CompanyType.StateGovernment,
        "GAP" => CompanyType.GeneralAssociationPublic,
        "GAT" => CompanyType.GeneralAssociationPrivate,
        "ULL" => CompanyType.UnlimitedPublic,
        "ULT" => CompanyType.UnlimitedPrivate,
        _ => CompanyType.Other,
    };
}
