using System.Text.RegularExpressions;

namespace Sangam.Ocr.Layout;

/// <summary>
/// Finds labelled values: "Invoice No.: 123" on one line, "Invoice No.   :   123" across a column gap, or
/// a label with its value printed below it (a table cell under its header). Labels are regular
/// expressions matched case-insensitively at a word start.
/// </summary>
public static partial class LabelFinder
{
    /// <summary>How many lines below a bare label its value may be (lines with nothing under the label do not count).</summary>
    private const int LinesBelow = 4;

    /// <summary>How far below a bare label its value may be, in the label's heights.</summary>
    private const int HeightsBelow = 8;

    /// <summary>A label wrapped over two lines, or split by a gap, is short in each part.</summary>
    private const int MaxStackedWords = 3;

    /// <summary>
    /// The widest gap, in letter heights, between the words of one label: a form typed with its words set apart
    /// ("INVOICE   NO.   :   T00364") parts them by three.
    /// </summary>
    private const double SpacedLabelGap = 3.5;

    /// <summary>How far, in the label's heights, a value broken off onto the next line may start after its label.</summary>
    private const double BrokenOffGap = 2;

    /// <summary>
    /// How far, in the label's heights, a form's column of colons may stand from a label printed left of it ("Date       :
    /// 06/09/2025").
    /// </summary>
    private const double ColonColumnGap = 8;

    /// <summary>Separators cut off the front of a value's first word (":123"); a hyphen is handled apart, as it may be a minus.</summary>
    private static readonly char[] LeadingSeparators = [':', '|', '#', '=', ',', ';', '–', '»', '~', '_', '*'];

    /// <summary>
    /// Every candidate value of every occurrence of <paramref name="label"/>, top to bottom. For one
    /// occurrence the candidates come in order of likelihood: the rest of the label's phrase
    /// ("Invoice No.: 123"), the next phrase on the line after any lone separators ("Invoice No.  :  123",
    /// "Grand Total   1,180.00"), then the phrase printed under the label. Callers take the first
    /// candidate whose shape fits.
    /// </summary>
    public static IEnumerable<LabelledValue> FindAll(IReadOnlyList<TextLine> lines, int pageNumber, Regex label)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            var phrases = lines[index].Phrases;
            for (var p = 0; p < phrases.Count; p++)
            {
                var span = new WordSpan(phrases[p].Words);
                var values = label.Match(span.Text) is { Success: true } match
                    ? Values(lines, index, p, span, match, pageNumber)
                    : SplitLabelValues(lines, index, p, span, label, pageNumber);
                foreach (var value in values)
                {
                    yield return value;
                }
            }
        }
    }

    /// <summary>
    /// A label split in two: wrapped in its cell ("Invoice" over "No."), or its words set apart by a gap just wide
    /// enough to part phrases. Read as one, its value sits by or under the second part.
    /// </summary>
    private static IEnumerable<LabelledValue> SplitLabelValues(IReadOnlyList<TextLine> lines, int index, int p, WordSpan first, Regex label, int pageNumber)
    {
        var phrase = lines[index].Phrases[p];
        foreach (var second in new[] { Stacked(lines, index, phrase), Spaced(lines[index].Phrases, index, p) })
        {
            if (second is not var (partLine, part))
            {
                continue;
            }

            var joined = new WordSpan([.. phrase.Words, .. lines[partLine].Phrases[part].Words]);
            if (label.Match(joined.Text) is { Success: true } split && split.Index < first.Text.Length && split.Index + split.Length > first.Text.Length)
            {
                foreach (var value in Values(lines, partLine, part, joined, split, pageNumber))
                {
                    yield return value;
                }
            }
        }
    }

    private static IEnumerable<LabelledValue> Values(IReadOnlyList<TextLine> lines, int index, int p, WordSpan span, Match match, int pageNumber)
    {
        var labelWords = span.Covering(match.Index, match.Index + match.Length);
        var labelBox = labelWords.Skip(1).Aggregate(labelWords[0].Box, (box, word) => box.Union(word.Box));
        var prefix = span.Text[..match.Index];
        var after = span.From(match.Index + match.Length);
        var rest = WithoutSeparators(after);
        if (rest is [{ Text: [var letter] }] && char.IsLetter(letter))
        {
            // A lone letter, all that follows a label in its phrase, is a speck read as a letter ("Date e  : 14/10/25"): the
            // value is beside or under the label.
            rest = [];
        }
        var linesBelow = LinesBelow;
        if (rest.Count > 0)
        {
            yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, rest, ValuePlacement.SamePhrase, index, prefix);

            // A bar right after the label is a table's rule read as text ("PortCode | BENo | BE Date | BE Type"): the
            // label's cell ends there, so what follows may be the next cell's header, and the value is the cell under
            // it in the next row; only there, since a row not read would otherwise lend the label a value of the table below.
            if (after[0].Text != "|")
            {
                yield break;
            }

            linesBelow = 1;
        }
        var beside = rest.Count > 0 ? [] : Beside(lines[index].Phrases, p);
        if (beside.Count > 0)
        {
            yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, beside, ValuePlacement.Beside, index, prefix);
        }
        else if (rest.Count == 0 && BrokenOff(lines, index, labelBox, ColonColumnGap, ledByColon: true) is { Count: > 0 } colonColumn)
        {
            // A colon column's value the page's slope put on the next line is the label's, before anything under it.
            yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, colonColumn, ValuePlacement.Beside, index, prefix);
        }

        if (Below(lines, index, labelBox, linesBelow) is { Count: > 0 } below)
        {
            yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, below, ValuePlacement.Below, index, prefix);
        }
        else if (rest.Count == 0 && beside.Count == 0 && BrokenOff(lines, index, labelBox, BrokenOffGap, ledByColon: false) is { Count: > 0 } brokenOff)
        {
            // Nothing beside the label nor under it: the last place its value can be.
            yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, brokenOff, ValuePlacement.Beside, index, prefix);
        }
    }

    /// <summary>
    /// The short phrase printed right under a short phrase (the second line of a wrapped header cell): on the
    /// next line that has anything under it, starting within its width, no more than two line heights down.
    /// </summary>
    internal static (int Line, int Phrase)? Stacked(IReadOnlyList<TextLine> lines, int index, Phrase upper)
    {
        if (upper.Words.Count > MaxStackedWords)
        {
            return null;
        }

        for (var next = index + 1; next < Math.Min(lines.Count, index + 3); next++)
        {
            if (lines[next].Box.Top - upper.Box.Bottom > 2 * upper.Box.Height)
            {
                return null;
            }

            var phrases = lines[next].Phrases;
            for (var q = 0; q < phrases.Count; q++)
            {
                if (phrases[q].Box.HorizontalOverlap(upper.Box) > 0 && phrases[q].Box.Left >= upper.Box.Left - upper.Box.Height && phrases[q].Words.Count <= MaxStackedWords)
                {
                    return (next, q);
                }
            }
        }

        return null;
    }

    /// <summary>The next phrase on the line when it starts less than <see cref="SpacedLabelGap"/> after a short phrase, else none.</summary>
    private static (int Line, int Phrase)? Spaced(IReadOnlyList<Phrase> phrases, int index, int p) =>
        p + 1 < phrases.Count && phrases[p].Words.Count <= MaxStackedWords && phrases[p + 1].Box.Left - phrases[p].Box.Right < SpacedLabelGap * phrases[p].Box.Height
            ? (index, p + 1)
            : null;

    /// <summary>Builds a label pattern: the alternatives, then optional punctuation such as ":" or "-".</summary>
    public static Regex Label(string alternatives) =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}])\s*[:.\-#]*\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// True for a word that only separates a label from its value: ":", "-", ":-", "|", "#" (OCR reads a colon as "," or
    /// ";", a hyphen as a dash, a colon or a cell's rule on a scan as "»", "~", "_" or "*", a colon standing alone as "+").
    /// A plus is not cut off the front of a value as the others are: it may be a number's sign.
    /// </summary>
    public static bool IsSeparator(Word word) => word.Text.All(c => c is '-' or '.' or '—' or '+' || LeadingSeparators.Contains(c));

    /// <summary>
    /// A phrase that is itself a label, not a value: a numbered form label ("15.INT", "7.DATE"; on scans the point
    /// may be read as a comma, "16,PORT OF SHIPMENT") or text ending with a colon ("Cust PO No. :").
    /// </summary>
    public static bool IsLabel(string phrase) => NumberedLabel().IsMatch(phrase) || phrase.TrimEnd().EndsWith(':');

    /// <summary>The next phrase on the line that holds a number, after lone separators (a value in its own column); never another label.</summary>
    private static List<Word> Beside(IReadOnlyList<Phrase> phrases, int labelPhrase)
    {
        for (var q = labelPhrase + 1; q < phrases.Count; q++)
        {
            var words = WithoutSeparators(phrases[q].Words);
            if (words.Count == 0)
            {
                continue;
            }

            return words.Any(word => word.Text.Any(char.IsAsciiDigit)) && !IsLabel(phrases[q].Text) ? words : [];
        }

        return [];
    }

    /// <summary>
    /// The value beside a label that ends its line, put on the line above or below: a photographed page's curve breaks
    /// a printed line in two where the words stand apart. It starts less than <paramref name="gap"/> label heights after
    /// the label (further in a form whose values stand in a column of colons), less than three quarters of the label's
    /// height higher or lower (a line of its own starts further down).
    /// </summary>
    private static List<Word> BrokenOff(IReadOnlyList<TextLine> lines, int labelLine, Box labelBox, double gap, bool ledByColon)
    {
        foreach (var index in new[] { labelLine - 1, labelLine + 1 }.Where(index => index >= 0 && index < lines.Count))
        {
            var phrase = lines[index].Phrases.FirstOrDefault(phrase => labelBox.IsContinuedBy(phrase.Box, maxGap: gap * labelBox.Height, maxShift: 0.75 * labelBox.Height));
            if (phrase is not null && (!ledByColon || phrase.Text.StartsWith(':'))
                && phrase.Words.Any(word => word.Text.Any(char.IsAsciiDigit)) && !IsLabel(phrase.Text))
            {
                return WithoutSeparators(phrase.Words);
            }
        }

        return [];
    }

    /// <summary>The words with leading separators dropped, and a separator stuck to the first word (":123") cut off.</summary>
    private static List<Word> WithoutSeparators(IEnumerable<Word> words)
    {
        var kept = words.SkipWhile(IsSeparator).ToList();
        if (kept.Count == 0)
        {
            return kept;
        }

        // A minus sign before a number is the number's own ("-0.20"), not a separator.
        var trimmed = kept[0].Text.TrimStart(LeadingSeparators);
        trimmed = trimmed.StartsWith('-') && trimmed.Length > 1 && !char.IsAsciiDigit(trimmed[1]) ? trimmed.TrimStart('-', ':') : trimmed;
        if (trimmed.Length < kept[0].Text.Length)
        {
            kept[0] = kept[0] with { Text = trimmed };
        }

        return kept;
    }

    /// <summary>The phrase under a bare label that overlaps it most, on one of the next <paramref name="linesBelow"/> lines.</summary>
    private static List<Word> Below(IReadOnlyList<TextLine> lines, int labelLine, Box labelBox, int linesBelow)
    {
        for (var index = labelLine + 1; index < Math.Min(lines.Count, labelLine + 1 + linesBelow); index++)
        {
            if (lines[index].Box.Top - labelBox.Bottom > HeightsBelow * labelBox.Height)
            {
                break;
            }

            var best = lines[index].Phrases
                .Select(phrase => (phrase, overlap: phrase.Box.HorizontalOverlap(labelBox)))
                .Where(candidate => candidate.overlap > 0)
                .OrderByDescending(candidate => candidate.overlap)
                .Select(candidate => candidate.phrase)
                .FirstOrDefault();
            if (best is not null)
            {
                return IsLabel(best.Text) ? [] : WithoutSeparators(best.Words);
            }
        }

        return [];
    }

    [GeneratedRegex(@"^\s*\d{1,2}\s*(?:\.\s*\p{L}|,\p{Lu}{2})", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLabel();
}
