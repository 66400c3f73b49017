namespace Sangam.Api.Mca.Registry;

/// <summary>The company status values of the MCA register, spelt as the register spells them.</summary>
public static class CompanyStatuses
{
    public const string Active = "Active";

    public static IReadOnlyList<string> All { get; } =
    [
        Active, "Dormant", "Dormant Under Section 455", "Active In Progress", "Amalgamated", "Not Available for eFiling",
        "Converted to LLP", "Converted to LLP and Dissolved", "Dissolved", "Under Liquidation", "Liquidated",
        "Under Process of Striking Off", "Strike Off", "Captured",
    ];

    private static readonly Dictionary<string, string> ByUpperCase = All.ToDictionary(s => s.ToUpperInvariant(), StringComparer.Ordinal);

    /// <summary>The register's spelling of a status written in any case (older exports say ACTIVE); unknown values as given.</summary>
    public static string Canonical(string status) => ByUpperCase.GetValueOrDefault(status.ToUpperInvariant(), status);
}
