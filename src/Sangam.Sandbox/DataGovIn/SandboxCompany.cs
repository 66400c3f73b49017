using System.Globalization;
using Sangam.India.Companies;

namespace Sangam.Sandbox.DataGovIn;

/// <summary>Turnover and profit of one year, as a richer source than the master data reports them.</summary>
public sealed record SandboxFinancials(int Year, decimal Turnover, decimal ProfitLoss);

/// <summary>
/// A company or LLP of the sandbox dataset: the master-data columns data.gov.in publishes, plus what only richer
/// sources know (email, contact number, audit status, financials).
/// </summary>
public sealed record SandboxCompany
{
    public required string Cin { get; init; }

    public required string Name { get; init; }

    public required string RocCode { get; init; }

    public required string Category { get; init; }

    public required string SubCategory { get; init; }

    public required string CompanyClass { get; init; }

    public required decimal AuthorizedCapital { get; init; }

    public required decimal PaidUpCapital { get; init; }

    public required DateOnly IncorporationDate { get; init; }

    public required string RegisteredAddress { get; init; }

    public required string ListingStatus { get; init; }

    public required string Status { get; init; }

    public required string State { get; init; }

    public required string NicCode { get; init; }

    public required string Activity { get; init; }

    public string? Email { get; init; }

    public string? ContactNumber { get; init; }

    public string? FinancialAuditStatus { get; init; }

    public IReadOnlyList<SandboxFinancials> Financials { get; init; } = [];

    /// <summary>
    /// Whether a sandbox server's registry holds this company from the start. The others are known only to the
    /// data.gov.in emulator, so looking them up exercises the live source and its cache.
    /// </summary>
    public bool InRegistry { get; init; } = true;

    /// <summary>
    /// The master-data record as the data.gov.in API answers it, keyed by the CSV header names: every value a string,
    /// dates <c>yyyy-MM-dd</c>, the registrar as <c>ROC Mumbai</c>, the state in lower case, and an LLP's category,
    /// class, capitals, listing and country as empty strings.
    /// </summary>
    public IReadOnlyDictionary<string, string?> MasterDataRecord()
    {
        var llp = CompanyIdentifier.Parse(Cin).Value.Kind == CompanyIdentifierKind.Llpin;
        string CompanyOnly(string value) => llp ? "" : value;
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["CIN"] = Cin,
            ["CompanyName"] = Name,
            ["CompanyROCcode"] = RocCode.Replace("RoC-", "ROC ", StringComparison.Ordinal),
            ["CompanyCategory"] = CompanyOnly(Category),
            ["CompanySubCategory"] = CompanyOnly(SubCategory),
            ["CompanyClass"] = CompanyOnly(CompanyClass),
            ["AuthorizedCapital"] = CompanyOnly(AuthorizedCapital.ToString("0.00", CultureInfo.InvariantCulture)),
            ["PaidupCapital"] = CompanyOnly(PaidUpCapital.ToString("0.00", CultureInfo.InvariantCulture)),
            ["CompanyRegistrationdate_date"] = IncorporationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Registered_Office_Address"] = RegisteredAddress,
            ["Listingstatus"] = CompanyOnly(ListingStatus),
            ["CompanyStatus"] = Status,
            ["CompanyStateCode"] = State.ToLowerInvariant(),
            ["CompanyIndian/Foreign Company"] = CompanyOnly("India"),
            ["nic_code"] = NicCode,
            ["CompanyIndustrialClassification"] = Activity,
        };
    }
}
