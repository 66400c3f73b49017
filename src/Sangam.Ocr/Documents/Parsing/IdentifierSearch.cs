using System.Text;
using System.Text.RegularExpressions;
using Sangam.India.EInvoicing;
using Sangam.India.Tax;

namespace Sangam.Ocr.Documents.Parsing;

/// <summary>A GSTIN found in OCR text, and how much repair it needed.</summary>
/// <param name="Gstin">The value (repaired when <paramref name="ChangedCharacters"/> &gt; 0).</param>
/// <param name="ChangedCharacters">Characters the OCR repair changed.</param>
/// <param name="CheckCharacterValid">False when no repair made the check character verify; the value is then the raw reading.</param>
/// <param name="LengthRepair">Whether a character was dropped or put back (counted in <paramref name="ChangedCharacters"/>).</param>
/// <param name="PanSeenElsewhere">Repaired against the PAN of a GSTIN verified elsewhere on the document (see <see cref="GstinSlipRepairs"/>).</param>
public sealed record GstinMatch(string Gstin, int ChangedCharacters, bool CheckCharacterValid, GstinLengthRepair LengthRepair = GstinLengthRepair.None, bool PanSeenElsewhere = false)
{
    /// <summary>Characters read as a look-alike (O for 0, S for 5...), not counting a dropped or restored one.</summary>
    public int Confusions => ChangedCharacters - (LengthRepair == GstinLengthRepair.None ? 0 : 1);

    /// <summary>Field accuracy from the accuracy of the words it was read from: repairs cost, a failing check caps.</summary>
    public (double Accuracy, string Evidence) Score(double readAccuracy) =>
        !CheckCharacterValid ? (FieldAccuracy.FailedCheck(readAccuracy), "check character does not verify")
        : ChangedCharacters > 0 ? (FieldAccuracy.Repaired(readAccuracy, ChangedCharacters), $"{RepairDescription}; check character verifies")
        : (readAccuracy, "check character verifies");

    private string RepairDescription => PanSeenElsewhere ? PanRepairDescription : LengthRepair switch
    {
        GstinLengthRepair.StrayCharacterDropped => $"read with 16 characters, a stray one dropped{ConfusionsAlso}",
        GstinLengthRepair.MissingCharacterRestored => $"read with 14 characters, the missing one restored{ConfusionsAlso}",
        _ => $"repaired {Confusions} OCR confusion(s)",
    };

    private string PanRepairDescription =>
        $"{ChangedCharacters} character(s) repaired{(LengthRepair == GstinLengthRepair.StrayCharacterDropped ? ", a stray one dropped," : string.Empty)} against the PAN of a GSTIN verified elsewhere on the document";

    private string ConfusionsAlso => Confusions > 0 ? $", {Confusions} OCR confusion(s) repaired" : string.Empty;
}

/// <summary>Finds identifiers in OCR text, undoing the usual character confusions with the identifiers' own checks.</summary>
public static partial class IdentifierSearch
{
    /// <summary>
    /// A GSTIN in <paramref name="text"/> that <see cref="FindGstin"/> could not settle, repaired against the PANs
    /// of GSTINs verified elsewhere on the same document: see <see cref="GstinSlipRepairs"/>.
    /// </summary>
    public static GstinMatch? FindGstinWithKnownPan(string text, IReadOnlySet<string> knownPans)
    {
        var runs = AlphanumericRuns(text.Replace(']', 'J').Replace('|', 'I'));
        return GstinSlipRepairs.AgainstKnownPans(runs.Concat(runs.Zip(runs.Skip(1), (left, right) => left + right)), knownPans);
    }

    /// <summary>GSTIN positions that hold digits: the state code and the PAN's digits.</summary>
    private static readonly int[] DigitPositions = [0, 1, 7, 8, 9, 10];

    /// <summary>GSTIN positions that hold letters: the PAN's five letters and its last one.</summary>
    private static readonly int[] LetterPositions = [2, 3, 4, 5, 6, 11];

    /// <summary>
    /// Ambiguous marks whose readings are enumerated. Each wrong combination verifies by chance with
    /// odds of about 1 in 36, so beyond two marks (nine combinations) a lone verifying reading is no
    /// longer good evidence.
    /// </summary>
    private const int MaxAmbiguousMarks = 2;

    /// <summary>Pieces an IRN split by OCR may come in.</summary>
    private const int MaxIrnPieces = 4;

    /// <summary>
    /// The first GSTIN in <paramref name="text"/>. Words are tried alone and joined with their neighbour
    /// (OCR sometimes splits one), and 15-character windows of longer runs (it sometimes adds a stray mark).
    /// A reading whose check character verifies, directly or after Sangam.India's OCR repair, wins. Failing that,
    /// a GSTIN-shaped reading of 15 characters (or 14: some documents print one short) is returned as read, its
    /// check failed, rather than a guess.
    /// </summary>
    /// <param name="text">OCR text holding one GSTIN, e.g. the rest of a "GSTIN/UIN:" line.</param>
    /// <param name="seenElsewhere">GSTINs read cleanly elsewhere in the document; they settle a repair that has two readings.</param>
    public static GstinMatch? FindGstin(string text, IReadOnlySet<string>? seenElsewhere = null)
    {
        // ']' and '|' are how OCR renders J and I when the glyph's foot or serif is lost; at low
        // resolution an I also comes out as '/', but '/' is a real separator too, so that reading is
        // tried only when the text as read holds no GSTIN.
        var cleaned = text.Replace(']', 'J').Replace('|', 'I');
        return FindVerified(AlphanumericRuns(cleaned), seenElsewhere)
            ?? (cleaned.Contains('/', StringComparison.Ordinal) && FindVerified(AlphanumericRuns(cleaned.Replace('/', 'I')), seenElsewhere) is { } slashed
                ? slashed with { ChangedCharacters = slashed.ChangedCharacters + 1 }
                : null)
            ?? AlphanumericRuns(cleaned).Where(run => LooseGstin().IsMatch(run)).Select(run => new GstinMatch(run, 0, CheckCharacterValid: false)).FirstOrDefault();
    }

    private static GstinMatch? FindVerified(List<string> runs, IReadOnlySet<string>? seenElsewhere)
    {
        foreach (var candidate in runs.Concat(runs.Zip(runs.Skip(1), (left, right) => left + right)))
        {
            var (reading, lFixes) = OnesForEls(candidate);
            if (GstinOcr.TryRepair(reading, out var gstin, out var changed))
            {
                return new GstinMatch(gstin.Value, changed + lFixes, CheckCharacterValid: true);
            }

            if (WithAmbiguousMarks(reading, lFixes) is { } ambiguousMatch)
            {
                return ambiguousMatch;
            }
        }

        return GstinLengthRepairs.WithoutStrayCharacter(runs, seenElsewhere)
            ?? GstinLengthRepairs.WithMissingCharacter(runs, seenElsewhere)
            ?? InLongerRun(runs);
    }

    /// <summary>
    /// A GSTIN run into neighbouring text ("GSTIN:29ABC..." read as one word). Windows shift the
    /// reading, so only a window that verifies with at most one repair is believed.
    /// </summary>
    private static GstinMatch? InLongerRun(List<string> runs)
    {
        foreach (var run in runs.Where(run => run.Length > Gstin.Length + 1))
        {
            for (var start = 0; start + Gstin.Length <= run.Length; start++)
            {
                var (reading, lFixes) = OnesForEls(run.Substring(start, Gstin.Length));
                if (GstinOcr.TryRepair(reading, out var gstin, out var changed) && changed + lFixes <= 1)
                {
                    return new GstinMatch(gstin.Value, changed + lFixes, CheckCharacterValid: true);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// DejaVu-like fonts make OCR read a 1 as L. Sangam.India's repair knows I/1 but not L/1, so an L
    /// where a GSTIN must have a digit (state code, the PAN's four digits) is turned back first.
    /// </summary>
    internal static (string Reading, int Changed) OnesForEls(string candidate)
    {
        if (candidate.Length != Gstin.Length)
        {
            return (candidate, 0);
        }

        var chars = candidate.ToCharArray();
        var changed = 0;
        foreach (var position in DigitPositions)
        {
            if (chars[position] is 'L' or 'l')
            {
                chars[position] = '1';
                changed++;
            }
        }

        return (new string(chars), changed);
    }

    /// <summary>
    /// At 150-200 dpi OCR reads D and Q as 0, and 8 as S. Sangam.India's repair knows only one
    /// reading of each mark (0 as O, S as 5); here every reading is tried, and the result is believed
    /// only when exactly one combination makes the check character verify.
    /// </summary>
    private static GstinMatch? WithAmbiguousMarks(string reading, int earlierChanges)
    {
        if (reading.Length != Gstin.Length)
        {
            return null;
        }

        var ambiguous = Enumerable.Range(0, Gstin.Length)
            .Select(position => (Position: position, Readings: ReadingsOf(reading[position], LetterPositions.Contains(position))))
            .Where(mark => mark.Readings.Length > 0)
            .ToList();
        if (ambiguous.Count is 0 or > MaxAmbiguousMarks)
        {
            return null;
        }

        var verified = new List<GstinMatch>();
        var combinations = ambiguous.Aggregate(1, (product, mark) => product * mark.Readings.Length);
        for (var index = 0; index < combinations; index++)
        {
            var chars = reading.ToCharArray();
            var rest = index;
            foreach (var (position, readings) in ambiguous)
            {
                chars[position] = readings[rest % readings.Length];
                rest /= readings.Length;
            }

            if (GstinOcr.TryRepair(new string(chars), out var gstin, out var changed) && !verified.Exists(match => match.Gstin == gstin.Value))
            {
                verified.Add(new GstinMatch(gstin.Value, changed + earlierChanges + ambiguous.Count, CheckCharacterValid: true));
            }
        }

        return verified is [var only] ? only : null;
    }

    /// <summary>The readings of a mark that looks like more than one character in that position; empty when it is not ambiguous.</summary>
    private static char[] ReadingsOf(char mark, bool letterPosition) => (mark, letterPosition) switch
    {
        ('0', true) => ['O', 'D', 'Q'],
        ('S', false) => ['5', '8'],
        _ => [],
    };

    /// <summary>
    /// A 64-character IRN (lowercase hex). Upper-case letters outside A-F are OCR confusions for digits.
    /// OCR also splits the long string at a wide glyph gap, so up to <see cref="MaxIrnPieces"/>
    /// neighbouring pieces that add up to 64 characters are tried joined.
    /// </summary>
    public static (string Irn, int ChangedCharacters)? FindIrn(string text)
    {
        var pieces = AlphanumericRuns(text);
        var runs = Enumerable.Range(0, pieces.Count)
            .SelectMany(start => Enumerable.Range(1, Math.Min(MaxIrnPieces, pieces.Count - start)).Select(count => string.Concat(pieces.Skip(start).Take(count))));
        foreach (var run in runs)
        {
            if (run.Length != Irn.Length)
            {
                continue;
            }

            var repaired = new StringBuilder(run.Length);
            var changed = 0;
            foreach (var c in run)
            {
                var fixedChar = c switch
                {
                    'O' or 'o' or 'Q' => '0',
                    'I' or 'l' or 'i' or 'L' => '1',
                    'Z' or 'z' => '2',
                    'S' or 's' => '5',
                    'G' or 'g' => '6',
                    'T' => '7',
                    _ => char.ToLowerInvariant(c),
                };
                changed += fixedChar == char.ToLowerInvariant(c) ? 0 : 1;
                repaired.Append(fixedChar);
            }

            if (Irn.TryParse(repaired.ToString(), out var irn))
            {
                return (irn.Value, changed);
            }
        }

        return null;
    }

    /// <summary>
    /// A PAN-shaped code (five letters, four digits, a letter), as PANs and IECs are printed. Letters
    /// read in digit positions and digits in letter positions are swapped back (O/0, I/1, S/5, B/8, Z/2, G/6),
    /// and '|' counts as I.
    /// </summary>
    public static (string Value, int ChangedCharacters)? FindPan(string text)
    {
        foreach (var run in AlphanumericRuns(text.Replace('|', 'I')))
        {
            if (run.Length != Pan.Length)
            {
                continue;
            }

            var chars = run.ToUpperInvariant().ToCharArray();
            var changed = 0;
            for (var i = 0; i < chars.Length; i++)
            {
                var wantsDigit = i is >= 5 and <= 8;
                var swapped = wantsDigit ? LookAlikes.AsDigit(chars[i]) : LookAlikes.AsLetter(chars[i]);
                changed += swapped == chars[i] ? 0 : 1;
                chars[i] = swapped;
            }

            if (Pan.TryParse(new string(chars), out var pan))
            {
                return (pan.Value, changed);
            }
        }

        return null;
    }

    /// <summary>The first run of exactly <paramref name="length"/> digits, with O/o/I/l read as 0 and 1.</summary>
    public static string? FindDigits(string text, int length)
    {
        foreach (var run in AlphanumericRuns(text))
        {
            var digits = DigitLike().Replace(run, match => match.Value switch { "O" or "o" => "0", _ => "1" });
            if (digits.Length == length && digits.All(char.IsAsciiDigit))
            {
                return digits;
            }
        }

        return null;
    }

    private static List<string> AlphanumericRuns(string text) =>
        [.. NonAlphanumeric().Split(text).Where(run => run.Length > 0)];

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex(@"^[0-9OIl]{2}[A-Z0-9]{9,10}[A-Z0-9]Z[A-Z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex LooseGstin();

    [GeneratedRegex(@"(?<=\d)[OolI]|[OolI](?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitLike();
}
