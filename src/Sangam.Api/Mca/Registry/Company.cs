using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sangam.Api.Mca.Registry;

/// <summary>Where a registry row came from.</summary>
public enum CompanySource
{
    /// <summary>The MCA company master data CSV, loaded by an import.</summary>
    MasterData,

    /// <summary>Fetched from the data.gov.in API on a registry miss and kept.</summary>
    DataGovIn,

    /// <summary>The sandbox dataset.</summary>
    Sandbox,
}

/// <summary>
/// A company or LLP of the MCA register, keyed by its CIN or LLPIN. The master-data columns are what the public CSV
/// carries and what an import overwrites; email, contact number, audit status and financials come only from richer
/// sources and survive re-imports.
/// </summary>
public sealed class Company
{
    /// <summary>The CIN (21 characters) or LLPIN (<c>AAA-1234</c>), normalised.</summary>
    public required string Cin { get; set; }

    public required string Name { get; set; }

    /// <summary>The name as search matches it (<see cref="CompanyNames.Key"/>).</summary>
    public required string NameKey { get; set; }

    public string? RocCode { get; set; }

    public string? Category { get; set; }

    public string? SubCategory { get; set; }

    public string? CompanyClass { get; set; }

    public decimal? AuthorizedCapital { get; set; }

    public decimal? PaidUpCapital { get; set; }

    public DateOnly? IncorporationDate { get; set; }

    public string? RegisteredAddress { get; set; }

    public string? ListingStatus { get; set; }

    public string? Status { get; set; }

    public string? State { get; set; }

    /// <summary>Indian or Foreign.</summary>
    public string? Origin { get; set; }

    public string? NicCode { get; set; }

    public string? Activity { get; set; }

    public string? Email { get; set; }

    public string? ContactNumber { get; set; }

    /// <summary>YES or NO where a source says whether the financial statements are audited and filed.</summary>
    public string? FinancialAuditStatus { get; set; }

    public CompanySource Source { get; set; }

    /// <summary>Hash of the master-data columns: an import rewrites a row only when it changed.</summary>
    public long ContentHash { get; set; }

    /// <summary>When the master-data columns last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Turnover and profit of one financial year, as a richer source reports them.</summary>
public sealed class CompanyFinancial
{
    public required string Cin { get; set; }

    /// <summary>The year the contract shows, e.g. 2022.</summary>
    public int Year { get; set; }

    public decimal Turnover { get; set; }

    public decimal ProfitLoss { get; set; }
}

internal sealed class CompanyConfiguration :
    IEntityTypeConfiguration<Company>,
    IEntityTypeConfiguration<CompanyFinancial>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable(RegistryTables.Companies);
        builder.HasKey(c => c.Cin);
        builder.Property(c => c.Cin).HasMaxLength(21);
        builder.Property(c => c.AuthorizedCapital).HasPrecision(20, 2);
        builder.Property(c => c.PaidUpCapital).HasPrecision(20, 2);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<CompanyFinancial> builder)
    {
        builder.ToTable(RegistryTables.Financials);
        builder.HasKey(f => new { f.Cin, f.Year });
        builder.Property(f => f.Turnover).HasPrecision(20, 2);
        builder.Property(f => f.ProfitLoss).HasPrecision(20, 2);
    }
}

/// <summary>Table names, shared with the bulk writers' SQL.</summary>
internal static class RegistryTables
{
    public const string Companies = "mca_companies";
    public const string Financials = "mca_company_financials";
}
