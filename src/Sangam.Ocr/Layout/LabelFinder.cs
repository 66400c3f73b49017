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

    /// <summary>Every occurrence of <paramref name="label"/> with a value, top to bottom.</summary>
    public static IEnumerable<LabelledValue> FindAll(IReadOnlyList<TextLine> lines, int pageNumber, Regex label)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            foreach (var phrase in lines[index].Phrases)
            {
                var span = new WordSpan(phrase.Words);
                var match = label.Match(span.Text);
                if (!match.Success)
                {
                    continue;
                }

                var labelWords = span.Covering(match.Index, match.Index + match.Length);
                var labelBox = labelWords.Skip(1).Aggregate(labelWords[0].Box, (box, word) => box.Union(word.Box));
                var value = span.From(match.Index + match.Length).Where(word => word.Text.Trim(':', '-', ' ').Length > 0).ToList();
                if (value.Count == 0)
                {
                    value = Below(lines, index, labelBox);
                }

                if (value.Count > 0)
                {
                    yield return new LabelledValue(pageNumber, match.Value.Trim(), labelBox, value);
                }
            }
        }
    }

    /// <summary>Builds a label pattern: the alternatives, then optional punctuation such as ":" or "-".</summary>
    public static Regex Label(string alternatives) =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})\s*[:.\-#]*\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
