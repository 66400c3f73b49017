using Sangam.India.Tax;

namespace Sangam.Ocr.Documents.Parsing;

/// <summary>
/// GSTINs read with slips that are not look-alikes ("F" for "7"), with or without a stray mark, repaired against
/// the PAN of a GSTIN whose check character verified elsewhere on the same document (a party's registration in
/// another state, or the same GSTIN printed twice). The PAN fixes ten of the fifteen characters; the rest are
/// the state code, the entity number and the fixed 'Z', with at most <see cref="MaxSlips"/> slips among them
/// and the PAN (a dropped stray mark counts as one). A look-alike is free only where the position's shape demands
/// it (O for 0 in the state code, S for 5 in the PAN); the entity number may be a digit or a letter, so any change
/// there is a slip. The check character must verify as read: it stays the evidence, so a repair counts only when
/// exactly one GSTIN results.
/// </summary>
internal static class GstinSlipRepairs
{
    /// <summary>Characters read as something that does not look like them, or dropped: beyond two, too many GSTINs would fit.</summary>
    private const int MaxSlips = 2;

    private const int PanStart = 2;

    private const int EntityPosition = 12;

    private const int ZPosition = 13;

    private const int CheckPosition = 14;

    private static readonly char[] Digits = [.. "0123456789"];

    private static readonly char[] EntityCharacters = [.. "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

    /// <summary>The one GSTIN a 15- or 16-character run repairs to against a PAN in <paramref name="knownPans"/>, or null.</summary>
    public static GstinMatch? AgainstKnownPans(IEnumerable<string> runs, IReadOnlySet<string> knownPans)
    {
        if (knownPans.Count == 0)
        {
            return null;
        }

        var repairs = new List<GstinMatch>();
        foreach (var run in runs.Select(run => run.ToUpperInvariant()))
        {
            IEnumerable<string> readings = run.Length == Gstin.Length ? [run]
                : run.Length == Gstin.Length + 1 ? Enumerable.Range(0, run.Length).Select(skip => run.Remove(skip, 1))
                : [];
            var dropped = run.Length == Gstin.Length + 1 ? 1 : 0;
            foreach (var reading in readings)
            {
                foreach (var pan in knownPans)
                {
                    repairs.AddRange(Repairs(reading, pan, MaxSlips - dropped).Select(repair => new GstinMatch(
                        repair.Value, repair.Changed + dropped, CheckCharacterValid: true,
                        dropped == 1 ? GstinLengthRepair.StrayCharacterDropped : GstinLengthRepair.None, PanSeenElsewhere: true)));
                }
            }
        }

        // A reading that verifies with no repair is not a slip: the ordinary search has taken it already.
        var distinct = repairs.Where(repair => repair.ChangedCharacters > 0).DistinctBy(repair => repair.Gstin).ToList();
        return distinct is [var only] ? only : null;
    }

    /// <summary>Every GSTIN <paramref name="reading"/> becomes with the PAN put in and at most <paramref name="slips"/> slips, and how many characters changed.</summary>
    private static IEnumerable<(string Value, int Changed)> Repairs(string reading, string pan, int slips)
    {
        var panSlips = 0;
        var changed = 0;
        for (var i = 0; i < pan.Length; i++)
        {
            var read = reading[PanStart + i];
            if (read != pan[i])
            {
                changed++;
                panSlips += LookAlikes.Alike(read, pan[i]) ? 0 : 1;
            }
        }

        var zSlips = reading[ZPosition] is 'Z' or '2' ? 0 : 1;
        changed += reading[ZPosition] == 'Z' ? 0 : 1;
        var left = slips - panSlips - zSlips;
        if (left < 0)
        {
            yield break;
        }

        foreach (var (state0, cost0) in Digit(reading[0]))
        {
            foreach (var (state1, cost1) in Digit(reading[1]))
            {
                foreach (var entity in EntityCharacters)
                {
                    if (cost0 + cost1 + (entity == reading[EntityPosition] ? 0 : 1) > left)
                    {
                        continue;
                    }

                    var first14 = $"{state0}{state1}{pan}{entity}Z";
                    if (Gstin.ComputeCheckCharacter(first14) == reading[CheckPosition] && Gstin.TryParse(first14 + reading[CheckPosition], out var gstin))
                    {
                        yield return (gstin.Value, changed + Enumerable.Range(0, PanStart).Append(EntityPosition).Count(position => gstin.Value[position] != reading[position]));
                    }
                }
            }
        }
    }

    /// <summary>What a mark in a digit position may stand for: itself or its look-alike for nothing, any other digit for a slip.</summary>
    private static IEnumerable<(char Character, int Slips)> Digit(char mark) =>
        Digits.Select(digit => (digit, digit == mark || LookAlikes.Alike(mark, digit) ? 0 : 1));
}
