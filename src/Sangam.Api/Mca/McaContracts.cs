using System.Globalization;
using System.Text.Json.Serialization;
using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Mca;

/// <summary>Body of <c>POST /api/v2/sbt/MCA/</c>: a CIN, or an LLPIN.</summary>
public sealed record McaRequest([property: JsonPropertyName("cin")] string? Cin);

/// <summary>The MCA payload of the contract (platform-api.md §6), its field names and formats as documented.</summary>
public sealed record McaCompanyPayload(
    [property: JsonPropertyName("cin")] string Cin,
    [property: JsonPropertyName("companyName")] string CompanyName,
    [property: JsonPropertyName("companyStatus")] string CompanyStatus,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("financialAuditStatus")] string FinancialAuditStatus,
    [property: JsonPropertyName("incorporationDate")] string IncorporationDate,
    [property: JsonPropertyName("registeredAddress")] string RegisteredAddress,
    [property: JsonPropertyName("registeredContactNo")] string RegisteredContactNo,
    [property: JsonPropertyName("rocCode")] string RocCode,
    [property: JsonPropertyName("financialDetails")] IReadOnlyList<McaFinancialDetail> FinancialDetails)
{
    /// <summary>Width of the documented left-padded amounts (<c>"         6757000.00"</c>).</summary>
    public const int AmountWidth = 19;

    public static McaCompanyPayload From(Company company, IEnumerable<CompanyFinancial> financials) => new(
        company.Cin,
        company.Name,
        company.Status ?? "",
        company.Email ?? "",
        company.FinancialAuditStatus ?? "",
        company.IncorporationDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "",
        company.RegisteredAddress ?? "",
        company.ContactNumber ?? "",
        company.RocCode ?? "",
        [.. financials.Select(f => new McaFinancialDetail(Amount(f.ProfitLoss), f.Year.ToString(CultureInfo.InvariantCulture), Amount(f.Turnover)))]);

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(AmountWidth);
}

/// <summary>One year of <c>financialDetails</c>; amounts are left-padded numeric strings, as documented.</summary>
public sealed record McaFinancialDetail(
    [property: JsonPropertyName("profitLoss")] string ProfitLoss,
    [property: JsonPropertyName("year")] string Year,
    [property: JsonPropertyName("turnOver")] string TurnOver);

/// <summary>The documented inner item for a CIN no source knows.</summary>
public sealed record McaNotFound(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription)
{
    public static McaNotFound Instance { get; } = new("record_not_found", "No record found");
}

/// <summary>Companies whose names match a search, best first.</summary>
/// <param name="Message">"Data Found" or "No Data Found".</param>
/// <param name="Count">Companies in <paramref name="Data"/>.</param>
/// <param name="Data">The matches, best first.</param>
public sealed record McaSearchResponse(string Message, int Count, IReadOnlyList<McaSearchHit> Data);

/// <summary>A company that matches a name search.</summary>
/// <param name="Cin">CIN or LLPIN.</param>
/// <param name="CompanyName">Name as registered.</param>
/// <param name="CompanyStatus">Status as registered (Active, Strike Off, ...).</param>
/// <param name="CompanyClass">Private, Public, One Person Company, LLP.</param>
/// <param name="RocCode">Registrar of companies, e.g. RoC-Mumbai.</param>
/// <param name="State">State of the registered office.</param>
/// <param name="IncorporationDate">dd/MM/yyyy, or empty.</param>
public sealed record McaSearchHit(
    string Cin, string CompanyName, string CompanyStatus, string CompanyClass, string RocCode, string State, string IncorporationDate);
