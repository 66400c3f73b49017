using System.Text.RegularExpressions;

namespace Sangam.Ocr.Layout;

/// <summary>
/// Finds labelled values: "Invoice No.: 123" on one line, or a label with its value printed below it.
/// Labels are regular expressions matched case-insensitively at a word start.
/// </summary>
public static class LabelFinder
{
    /// <summary>How many lines below a bare label its value may be.</summary>
    private const int LinesBelow = 2;

    /// <summary>
    /// Every candidate value of every occurrence of <paramref name="label"/>, top to bottom. For one
    /// occurrence the candidates come in order of likelihood: the rest of the label's phrase
    /// ("Invoice No.: 123"), the next phrase on the line when it holds a number ("Grand Total   1,180.00"),
    /// then the phrase printed under the label. Callers take the first candidate whose shape fits.
    /// </summary>
    public static IEnumerable<LabelledValue> FindAll(IReadOnlyList<TextLine> lines, int pageNumber, Regex label)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            var phrases = lines[index].Phrases;
            for (var p = 0; p < phrases.Count; p++)
            {
                var span = new WordSpan(phrases[p].Words);
                var match = label.Match(span.Text);
                if (!match.Success)
                {
                    continue;
                }

                var labelWords = span.Covering(match.Index, match.Index + match.Length);
                var labelBox = labelWords.Skip(1).Aggregate(labelWords[0].Box, (box, word) => box.Union(word.Box));
                var rest = span.From(match.Index + match.Length).Where(word => word.Text.Trim(':', '-', ' ').Length > 0).ToList();
                if (rest.Count > 0)
                {
                    yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, rest);
                    continue;
                }

                if (p + 1 < phrases.Count && phrases[p + 1].Text.Any(char.IsAsciiDigit))
                {
                    yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, phrases[p + 1].Words);
                }

                if (Below(lines, index, labelBox) is { Count: > 0 } below)
                {
                    yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, below);
                }
            }
        }
    }

    /// <summary>Builds a label pattern: the alternatives, then optional punctuation such as ":" or "-".</summary>
    public static Regex Label(string alternatives) =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}])\s*[:.\-#]*\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The phrase under a bare label that overlaps it most.</summary>
    private static List<Word> Below(IReadOnlyList<TextLine> lines, int labelLine, Box labelBox)
    {
        for (var index = labelLine + 1; index < Math.Min(lines.Count, labelLine + 1 + LinesBelow); index++)
        {
            var best = lines[index].Phrases
                .Select(phrase => (phrase, overlap: phrase.Box.HorizontalOverlap(labelBox)))
                .Where(candidate => candidate.overlap > 0)
                .OrderByDescending(candidate => candidate.overlap)
                .Select(candidate => candidate.phrase)
                .FirstOrDefault();
            if (best is not null)
            {
                return [.. best.Words];
            }
        }

        return [];
    }
}
