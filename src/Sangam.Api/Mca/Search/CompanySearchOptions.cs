using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Mca.Search;

/// <summary>Configuration section <c>Mca:Search</c>: company name search.</summary>
public sealed class CompanySearchOptions
{
    public const string Section = "Mca:Search";

    /// <summary>
    /// Search answers a node keeps in memory (each at most <see cref="CompanySearch.MaxResults"/> companies); 0 turns
    /// the cache off. An answer is used only while the registry is at the version it was read at.
    /// </summary>
    [Range(0, 1_000_000)]
    public int CachedAnswers { get; set; } = 10_000;
}
