using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Sangam.India;

/// <summary>
/// The one table of Indian states and union territories, used by GSTINs, place of supply,
/// vehicle numbers, driving licences and company identifiers.
/// </summary>
public static class IndianStates
{
    private static readonly IndianState[] States =
    [
        new(1, "01", "Jammu and Kashmir", "JK"),
        new(2, "02", "Himachal Pradesh", "HP"),
        new(3, "03", "Punjab", "PB"),
        new(4, "04", "Chandigarh", "CH"),
        new(5, "05", "Uttarakhand", "UK"),
        new(6, "06", "Haryana", "HR"),
        new(7, "07", "Delhi", "DL"),
        new(8, "08", "Rajasthan", "RJ"),
        new(9, "09", "Uttar Pradesh", "UP"),
        new(10, "10", "Bihar", "BR"),
        new(11, "11", "Sikkim", "SK"),
        new(12, "12", "Arunachal Pradesh", "AR"),
        new(13, "13", "Nagaland", "NL"),
        new(14, "14", "Manipur", "MN"),
        new(15, "15", "Mizoram", "MZ"),
        new(16, "16", "Tripura", "TR"),
        new(17, "17", "Meghalaya", "ML"),
        new(18, "18", "Assam", "AS"),
        new(19, "19", "West Bengal", "WB"),
        new(20, "20", "Jharkhand", "JH"),
        new(21, "21", "Odisha", "OD"),
        new(22, "22", "Chhattisgarh", "CG"),
        new(23, "23", "Madhya Pradesh", "MP"),
        new(24, "24", "Gujarat", "GJ"),
        // Merged into 26 in 2020; GST keeps the code for earlier registrations and documents.
        new(25, "25", "Daman and Diu", null),
        new(26, "26", "Dadra and Nagar Haveli and Daman and Diu", "DD"),
        new(27, "27", "Maharashtra", "MH"),
        // Undivided Andhra Pradesh; GST registrations there use 37 since the 2014 split.
        new(28, "28", "Andhra Pradesh (before reorganisation)", null),
        new(29, "29", "Karnataka", "KA"),
        new(30, "30", "Goa", "GA"),
        new(31, "31", "Lakshadweep", "LD"),
        new(32, "32", "Kerala", "KL"),
        new(33, "33", "Tamil Nadu", "TN"),
        new(34, "34", "Puducherry", "PY"),
        new(35, "35", "Andaman and Nicobar Islands", "AN"),
        new(36, "36", "Telangana", "TG"),
        new(37, "37", "Andhra Pradesh", "AP"),
        new(38, "38", "Ladakh", "LA"),
        new(97, "97", "Other Territory", null),
    ];

    private static readonly IndianState?[] ByCode = BuildCodeIndex();

    // Letter codes still found on older plates, licences and CINs. Registrations keep their
    // letters when a state renames its code or merges, and the RoCs use a few codes of their own.
    private static readonly (string Letters, int Code)[] LetterCodeAliases =
    [
        ("UA", 5),  // Uttarakhand plates before 2007
        ("UR", 5),  // Uttarakhand in CINs
        ("OR", 21), // Odisha before 2012, and still in CINs
        ("CT", 22), // Chhattisgarh in CINs
        ("DN", 26), // Dadra and Nagar Haveli, before the 2020 merger with Daman and Diu
        ("TS", 36), // Telangana plates before 2024
    ];

    private static readonly FrozenDictionary<string, IndianState> ByLetterCode = BuildLetterIndex();

    /// <summary>All states and union territories, by GST code.</summary>
    public static IReadOnlyList<IndianState> All { get; } = Array.AsReadOnly(States);

    /// <summary>Finds a state by its GST code.</summary>
    public static bool TryGetByCode(int code, [NotNullWhen(true)] out IndianState? state)
    {
        state = (uint)code < (uint)ByCode.Length ? ByCode[code] : null;
        return state is not null;
    }

    /// <summary>Finds a state by the two digits of its GST code ("07").</summary>
    public static bool TryGetByCode(ReadOnlySpan<char> twoDigits, [NotNullWhen(true)] out IndianState? state)
    {
        state = null;
        return twoDigits.Length == 2
            && char.IsAsciiDigit(twoDigits[0])
            && char.IsAsciiDigit(twoDigits[1])
            && TryGetByCode(((twoDigits[0] - '0') * 10) + (twoDigits[1] - '0'), out state);
    }

    /// <summary>
    /// Finds a state by a two-letter code of a vehicle registration, driving licence or CIN,
    /// including the older codes still in circulation (OR, UA, TS, DN, and the RoC codes CT, UR).
    /// </summary>
    public static bool TryGetByLetterCode(ReadOnlySpan<char> letters, [NotNullWhen(true)] out IndianState? state)
    {
        if (letters.Length != 2)
        {
            state = null;
            return false;
        }

        Span<char> upper = stackalloc char[2];
        letters.ToUpperInvariant(upper);
        return ByLetterCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out state);
    }

    /// <summary>
    /// Finds a state by name, ignoring case, "&amp;" for "and", and a leading GST code as written
    /// in a place of supply ("27-Maharashtra").
    /// </summary>
    public static bool TryGetByName(string? name, [NotNullWhen(true)] out IndianState? state)
    {
        state = null;
        if (string.IsNullOrWhiteSpace(name) || name.Length > IdentifierText.MaxLength)
        {
            return false;
        }

        var text = name.AsSpan().Trim();
        if (text.Length >= 2 && TryGetByCode(text[..2], out var byCode))
        {
            // A code and a name that disagree ("27-Karnataka") name no state.
            var rest = text[2..].TrimStart(" -:").Trim();
            state = rest.IsEmpty || Matches(rest, byCode.Name) ? byCode : null;
            return state is not null;
        }

        foreach (var candidate in States)
        {
            if (Matches(text, candidate.Name))
            {
                state = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool Matches(ReadOnlySpan<char> text, string name) =>
        text.Equals(name, StringComparison.OrdinalIgnoreCase)
        || (text.Contains('&') && text.ToString().Replace("&", "and", StringComparison.Ordinal).Equals(name, StringComparison.OrdinalIgnoreCase));

    private static IndianState?[] BuildCodeIndex()
    {
        var index = new IndianState?[100];
        foreach (var state in States)
        {
            index[state.Code] = state;
        }

        return index;
    }

    private static FrozenDictionary<string, IndianState> BuildLetterIndex()
    {
        var index = States.Where(s => s.VehicleCode is not null).ToDictionary(s => s.VehicleCode!, StringComparer.Ordinal);
        foreach (var (alias, code) in LetterCodeAliases)
        {
            index[alias] = ByCode[code]!;
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
