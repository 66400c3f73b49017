using Sangam.India.Tax;

namespace Sangam.Ocr.Documents.Parsing;

/// <summary>How a GSTIN read with one character too many or too few was brought back to fifteen.</summary>
public enum GstinLengthRepair
{
    /// <summary>Read with fifteen characters.</summary>
    None,

    /// <summary>Read with sixteen: one mark read twice or a speck read as a character, dropped.</summary>
    StrayCharacterDropped,

    /// <summary>Read with fourteen: a character OCR lost, put back.</summary>
    MissingCharacterRestored,
}

/// <summary>
/// GSTINs OCR read with one character too many or too few. Every single deletion (or insertion) is
/// tried; the check character, not luck, decides: a repair counts only when exactly one GSTIN results,
/// or exactly one of the results was read cleanly elsewhere on the document (the same party printed twice).
/// </summary>
internal static class GstinLengthRepairs
{
    /// <summary>How many repairs fewer the best stray-mark deletion needs than the next to be believed.</summary>
    private const int ClearlyFewerRepairs = 2;

    /// <summary>Characters a lost one may have been: a GSTIN holds only upper-case letters and digits.</summary>
    private static readonly char[] GstinCharacters = [.. "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

    /// <summary>
    /// A 16-character run with one mark too many ("Q1Z9" read as "Q12Z9"). A deletion may still need the
    /// usual confusions repaired; the one that needs clearly fewer repairs than any other (none, say, against
    /// three) is also believed: several chance confusions that also verify are unlikely.
    /// </summary>
    public static GstinMatch? WithoutStrayCharacter(List<string> runs, IReadOnlySet<string>? seenElsewhere)
    {
        foreach (var run in runs.Where(run => run.Length == Gstin.Length + 1))
        {
            var repairs = Verified(Enumerable.Range(0, run.Length).Select(skip => run.Remove(skip, 1)));
            if (Settled(repairs, seenElsewhere, GstinLengthRepair.StrayCharacterDropped) is { } settled)
            {
                return settled;
            }

            if (repairs.Count > 1 && repairs[1].Changed - repairs[0].Changed >= ClearlyFewerRepairs)
            {
                return new GstinMatch(repairs[0].Value, repairs[0].Changed + 1, CheckCharacterValid: true, GstinLengthRepair.StrayCharacterDropped);
            }
        }

        return null;
    }

    /// <summary>
    /// A 14-character run that lost one character. Only insertions that need no other repair are tried:
    /// a lost character and a confusion together are two slips, and too many readings would verify by chance.
    /// </summary>
    public static GstinMatch? WithMissingCharacter(List<string> runs, IReadOnlySet<string>? seenElsewhere)
    {
        foreach (var run in runs.Where(run => run.Length == Gstin.Length - 1))
        {
            var insertions = Enumerable.Range(0, Gstin.Length)
                .SelectMany(position => GstinCharacters.Select(character => run.Insert(position, character.ToString())));
            var repairs = Verified(insertions).Where(repair => repair.Changed == 0).ToList();
            if (Settled(repairs, seenElsewhere, GstinLengthRepair.MissingCharacterRestored) is { } settled)
            {
                return settled;
            }
        }

        return null;
    }

    /// <summary>The distinct GSTINs the candidates verify as, fewest repairs first.</summary>
    private static List<(string Value, int Changed)> Verified(IEnumerable<string> candidates) =>
    [
        .. candidates
            .Select(IdentifierSearch.OnesForEls)
            .Select(candidate => GstinOcr.TryRepair(candidate.Reading, out var gstin, out var changed) ? (gstin.Value, Changed: changed + candidate.Changed) : default)
            .Where(repair => repair.Value is not null)
            .OrderBy(repair => repair.Changed)
            .DistinctBy(repair => repair.Value),
    ];

    private static GstinMatch? Settled(List<(string Value, int Changed)> repairs, IReadOnlySet<string>? seenElsewhere, GstinLengthRepair repair)
    {
        var seen = seenElsewhere is null || repairs.Count < 2 ? repairs : [.. repairs.Where(candidate => seenElsewhere.Contains(candidate.Value))];
        return seen is [var (value, changed)] ? new GstinMatch(value, changed + 1, CheckCharacterValid: true, repair) : null;
    }
}
