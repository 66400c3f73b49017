namespace Sangam.Api.Accounts;

/// <summary>The API families an account can be entitled to.</summary>
public enum ApiFamily
{
    Vehicles,
    SimTracking,
    Ocr,
    Mca,
    EInvoices,
}

public static class ApiFamilies
{
    public static IReadOnlyList<ApiFamily> All { get; } = Enum.GetValues<ApiFamily>();

    /// <summary>The wire name (<c>vehicle</c>, <c>sim_tracking</c>, <c>ocr</c>, <c>mca</c>, <c>irn</c>).</summary>
    public static string WireName(this ApiFamily family) => family switch
    {
        ApiFamily.Vehicles => "vehicle",
        ApiFamily.SimTracking => "sim_tracking",
        ApiFamily.Ocr => "ocr",
        ApiFamily.Mca => "mca",
        ApiFamily.EInvoices => "irn",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
    };

    /// <summary>The name an entitlement is stored under (the member names of the first schema).</summary>
    public static string StoredName(this ApiFamily family) => family switch
    {
        ApiFamily.Vehicles => "Vehicle",
        ApiFamily.EInvoices => "Irn",
        _ => family.ToString(),
    };

    public static ApiFamily FromStoredName(string stored) => stored switch
    {
        "Vehicle" => ApiFamily.Vehicles,
        "Irn" => ApiFamily.EInvoices,
        _ => Enum.Parse<ApiFamily>(stored),
    };

    public static bool TryParse(string? value, out ApiFamily family)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.WireName(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                family = candidate;
                return true;
            }
        }

        family = default;
        return false;
    }

    /// <summary>The families of <paramref name="names"/> (wire names), or false and the message naming the first unknown one.</summary>
    public static bool TryParseAll(IEnumerable<string?> names, out List<ApiFamily> families, out string problem)
    {
        families = [];
        problem = "";
        foreach (var name in names)
        {
            if (!TryParse(name, out var family))
            {
                problem = $"Unknown API family '{name}'. Known: {WireNames}.";
                return false;
            }

            families.Add(family);
        }

        return true;
    }

    public static string WireNames => string.Join(", ", All.Select(f => f.WireName()));
}
