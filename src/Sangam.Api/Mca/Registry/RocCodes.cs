namespace Sangam.Api.Mca.Registry;

/// <summary>
/// Registrar of Companies codes as the contract writes them (<c>RoC-Mumbai</c>). The data.gov.in API writes
/// <c>ROC Mumbai</c>, older exports <c>RoC-Mumbai</c> or <c>ROC-MUMBAI</c>: the same registrar.
/// </summary>
public static class RocCodes
{
    private const string Prefix = "RoC-";

    /// <summary>The contract's spelling; a value that does not start with "ROC" is kept as given.</summary>
    public static string Canonical(string code)
    {
        var text = code.Trim();
        if (!text.StartsWith("ROC", StringComparison.OrdinalIgnoreCase) || text.Length < 5 || text[3] is not (' ' or '-'))
        {
            return text;
        }

        var place = text[4..].Trim(' ', '-');
        return place.Length == 0 ? text : Prefix + place;
    }
}
