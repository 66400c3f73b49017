namespace Sangam.Api.Accounts;

/// <summary>The API families an account can be entitled to.</summary>
public enum ApiFamily
{
    Vehicle,
    SimTracking,
    Ocr,
    Mca,
    Irn,
}

public static class ApiFamilies
{
    public static IReadOnlyList<ApiFamily> All { get; } = Enum.GetValues<ApiFamily>();

    /// <summary>The wire name (<c>vehicle</c>, <c>sim_tracking</c>, <c>ocr</c>, <c>mca</c>, <c>irn</c>).</summary>
    public static string WireName(this ApiFamily family) => family switch
    {
        ApiFamily.Vehicle => "vehicle",
        ApiFamily.SimTracking => "sim_tracking",
        ApiFamily.Ocr => "ocr",
        ApiFamily.Mca => "mca",
        ApiFamily.Irn => "irn",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, null),
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

    public static string WireNames => string.Join(", ", All.Select(f => f.WireName()));
}
