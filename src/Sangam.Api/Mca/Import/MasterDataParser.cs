using System.Globalization;
using Sangam.Api.Http.Input;
using Sangam.Api.Mca.Registry;
using Sangam.India;
using Sangam.India.Companies;

namespace Sangam.Api.Mca.Import;

/// <summary>Why a master-data row was not imported.</summary>
public enum RejectionReason
{
    /// <summary>The CIN or LLPIN is missing or malformed.</summary>
    InvalidIdentifier,

    /// <summary>The row has no company name.</summary>
    MissingName,

    /// <summary>The registration date is not a date.</summary>
    InvalidDate,

    /// <summary>A capital amount is not a number.</summary>
    InvalidAmount,

    /// <summary>The row has another number of columns than the header, or a quote that is never closed.</summary>
    MalformedRow,

    /// <summary>A field holds a control character (such as U+0000) or is longer than the registry keeps.</summary>
    InvalidText,
}

/// <summary>Turns the fields of one master-data record into a <see cref="CompanyRecord"/>, or says why it can't.</summary>
internal static class MasterDataParser
{
    /// <summary>The longest company name kept; registered names are far shorter.</summary>
    public const int MaxNameLength = 300;

    /// <summary>The longest value of any other field (addresses are the longest).</summary>
    public const int MaxFieldLength = 2000;

    private static readonly MasterDataField[] Fields = Enum.GetValues<MasterDataField>();

    // The published files have used all of these over the years.
    private static readonly string[] DateFormats =
        ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "dd-MMM-yyyy", "d-MMM-yyyy"];

    public static bool TryParse(Func<MasterDataField, string?> field, out CompanyRecord record, out RejectionReason reason, out string detail)
    {
        record = null!;
        var identifier = CompanyIdentifier.Parse(field(MasterDataField.Cin));
        if (!identifier.TryGetValue(out var cin))
        {
            (reason, detail) = (RejectionReason.InvalidIdentifier, $"'{field(MasterDataField.Cin)}': {identifier.Problem}");
            return false;
        }

        if (field(MasterDataField.Name) is not { } name)
        {
            (reason, detail) = (RejectionReason.MissingName, cin.Value);
            return false;
        }

        if (TextProblem(field) is { } textProblem)
        {
            (reason, detail) = (RejectionReason.InvalidText, $"{cin.Value}: {textProblem}");
            return false;
        }

        var date = field(MasterDataField.IncorporationDate);
        DateOnly? incorporated = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                (reason, detail) = (RejectionReason.InvalidDate, $"{cin.Value}: '{date}'");
                return false;
            }

            incorporated = parsed;
        }

        if (!TryParseAmount(field(MasterDataField.AuthorizedCapital), out var authorized)
            || !TryParseAmount(field(MasterDataField.PaidUpCapital), out var paidUp))
        {
            (reason, detail) = (RejectionReason.InvalidAmount,
                $"{cin.Value}: '{field(MasterDataField.AuthorizedCapital)}' / '{field(MasterDataField.PaidUpCapital)}'");
            return false;
        }

        record = new CompanyRecord
        {
            Cin = cin.Value,
            Name = name,
            RocCode = field(MasterDataField.RocCode) is { } roc ? RocCodes.Canonical(roc) : null,
            Category = field(MasterDataField.Category),
            SubCategory = field(MasterDataField.SubCategory),

            // The API leaves an LLP's class (and capitals, category, listing) empty; its identifier says what it is.
            CompanyClass = field(MasterDataField.CompanyClass) ?? (cin.Kind == CompanyIdentifierKind.Llpin ? "LLP" : null),
            AuthorizedCapital = authorized,
            PaidUpCapital = paidUp,
            IncorporationDate = incorporated,
            RegisteredAddress = field(MasterDataField.RegisteredAddress),
            ListingStatus = field(MasterDataField.ListingStatus),
            Status = field(MasterDataField.Status) is { } status ? CompanyStatuses.Canonical(status) : null,
            State = StateName(field(MasterDataField.State)),
            Origin = field(MasterDataField.Origin),
            NicCode = field(MasterDataField.NicCode),
            Activity = field(MasterDataField.Activity),
        };
        (reason, detail) = (default, "");
        return true;
    }

    /// <summary>
    /// The platform's text rules for every field (the name on one line, the others may span lines), so that a row
    /// PostgreSQL would refuse (U+0000) or whose name could not be indexed is rejected on its own, on both databases.
    /// </summary>
    private static string? TextProblem(Func<MasterDataField, string?> field)
    {
        foreach (var name in Fields)
        {
            var isName = name == MasterDataField.Name;
            if (TextRules.Problem(field(name), isName ? MaxNameLength : MaxFieldLength, multiLine: !isName) is { } problem)
            {
                return $"{name} should be {problem}";
            }
        }

        return null;
    }

    // The API writes the state in lower case ("karnataka"), the files as a name or a code; a known state gets its name.
    private static string? StateName(string? text) => text is not null && IndianStates.TryGetByName(text, out var state) ? state.Name : text;

    // Amounts come as 100000, 100000.00 or 1,00,000.00.
    private static bool TryParseAmount(string? value, out decimal? amount)
    {
        amount = null;
        if (value is null)
        {
            return true;
        }

        if (decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var parsed))
        {
            amount = parsed;
            return true;
        }

        return false;
    }
}
