using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Client.Mca;

/// <summary>A company or LLP as the MCA register knows it.</summary>
/// <param name="Cin">CIN (21 characters) or LLPIN (<c>AAA-1234</c>).</param>
/// <param name="CompanyName">Name as registered.</param>
/// <param name="CompanyStatus">Active, Strike Off, Amalgamated, Under Liquidation, ...</param>
/// <param name="Email">Registered email, when known.</param>
/// <param name="FinancialAuditStatus">YES or NO, when known.</param>
/// <param name="IncorporationDate">Date of incorporation, when known.</param>
/// <param name="RegisteredAddress">Registered office address, when known.</param>
/// <param name="RegisteredContactNo">Registered contact number, when known.</param>
/// <param name="RocCode">Registrar of companies, e.g. RoC-Mumbai.</param>
/// <param name="FinancialDetails">Turnover and profit by year, when a source reports them.</param>
public sealed record McaCompany(
    string Cin,
    string CompanyName,
    string CompanyStatus,
    string? Email,
    string? FinancialAuditStatus,
    DateOnly? IncorporationDate,
    string? RegisteredAddress,
    string? RegisteredContactNo,
    string? RocCode,
    IReadOnlyList<McaFinancialYear> FinancialDetails)
{
    /// <summary>Whether the company is active.</summary>
    public bool IsActive => string.Equals(CompanyStatus, "Active", StringComparison.OrdinalIgnoreCase);
}

/// <summary>One year of a company's financials.</summary>
/// <param name="Year">The year, e.g. 2022.</param>
/// <param name="TurnOver">Turnover in rupees.</param>
/// <param name="ProfitLoss">Profit (negative: loss) in rupees.</param>
public sealed record McaFinancialYear(int Year, decimal TurnOver, decimal ProfitLoss);

/// <summary>The answer of a name search.</summary>
/// <param name="Message">"Data Found" or "No Data Found".</param>
/// <param name="Count">Companies in <paramref name="Data"/>.</param>
/// <param name="Data">The matches, best first.</param>
public sealed record McaSearchResult(string Message, int Count, IReadOnlyList<McaSearchHit> Data);

/// <summary>A company that matches a name search.</summary>
/// <param name="Cin">CIN or LLPIN.</param>
/// <param name="CompanyName">Name as registered.</param>
/// <param name="CompanyStatus">Status as registered.</param>
/// <param name="CompanyClass">Private, Public, One Person Company, LLP.</param>
/// <param name="RocCode">Registrar of companies.</param>
/// <param name="State">State of the registered office.</param>
/// <param name="IncorporationDate">dd/MM/yyyy, or empty.</param>
public sealed record McaSearchHit(string Cin, string CompanyName, string CompanyStatus, string CompanyClass, string RocCode, string State, string IncorporationDate);

/// <summary>What an import of the master data did. Rows read = inserted + updated + unchanged + rejected.</summary>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="Inserted">Companies new to the registry.</param>
/// <param name="Updated">Companies whose master data changed.</param>
/// <param name="Unchanged">Companies already registered exactly so.</param>
/// <param name="Rejected">Rows not imported.</param>
/// <param name="Rejections">Rejected rows by reason, with the first examples of each.</param>
/// <param name="ElapsedMs">Server time taken.</param>
/// <param name="RowsPerSecond">Rows read per second.</param>
public sealed record McaImportSummary(
    long RowsRead, long Inserted, long Updated, long Unchanged, long Rejected, IReadOnlyList<McaRejectionGroup> Rejections, long ElapsedMs, long RowsPerSecond);

/// <summary>Rows rejected for one reason.</summary>
/// <param name="Reason">invalid_identifier, missing_name, invalid_date, invalid_amount or malformed_row.</param>
/// <param name="Count">How many rows.</param>
/// <param name="Examples">The first rows rejected so.</param>
public sealed record McaRejectionGroup(string Reason, long Count, IReadOnlyList<McaRejectedRow> Examples);

/// <summary>One rejected row.</summary>
/// <param name="Line">Line of the file on which the row starts.</param>
/// <param name="Detail">The offending value.</param>
public sealed record McaRejectedRow(long Line, string Detail);

internal sealed record McaEnvelope([property: JsonPropertyName("response")] IReadOnlyList<McaEnvelopeItem> Response);

internal sealed record McaEnvelopeItem(
    [property: JsonPropertyName("response")] JsonElement Response,
    [property: JsonPropertyName("responseStatus")] string ResponseStatus);

// The contract's payload: camelCase names, empty strings for unknown values, amounts as left-padded strings.
internal sealed record McaCompanyWire(
    [property: JsonPropertyName("cin")] string Cin,
    [property: JsonPropertyName("companyName")] string CompanyName,
    [property: JsonPropertyName("companyStatus")] string? CompanyStatus,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("financialAuditStatus")] string? FinancialAuditStatus,
    [property: JsonPropertyName("incorporationDate")] string? IncorporationDate,
    [property: JsonPropertyName("registeredAddress")] string? RegisteredAddress,
    [property: JsonPropertyName("registeredContactNo")] string? RegisteredContactNo,
    [property: JsonPropertyName("rocCode")] string? RocCode,
    [property: JsonPropertyName("financialDetails")] IReadOnlyList<McaFinancialWire>? FinancialDetails)
{
    public McaCompany ToCompany() => new(
        Cin, CompanyName, CompanyStatus ?? "", Blank(Email), Blank(FinancialAuditStatus),
        DateOnly.TryParseExact(IncorporationDate, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        Blank(RegisteredAddress), Blank(RegisteredContactNo), Blank(RocCode),
        [.. (FinancialDetails ?? []).Select(f => new McaFinancialYear(
            int.Parse(f.Year, CultureInfo.InvariantCulture), Amount(f.TurnOver), Amount(f.ProfitLoss)))]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static decimal Amount(string? value) =>
        decimal.TryParse(value?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : 0m;
}

internal sealed record McaFinancialWire(
    [property: JsonPropertyName("profitLoss")] string? ProfitLoss,
    [property: JsonPropertyName("year")] string Year,
    [property: JsonPropertyName("turnOver")] string? TurnOver);
