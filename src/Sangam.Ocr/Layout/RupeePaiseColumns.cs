using System.Text.RegularExpressions;

namespace Sangam.Ocr.Layout;

/// <summary>
/// Amounts printed in two columns, rupees and paise ("Rupee | Paise", "Rs. | P."), as utility bills, cash memos and
/// older ledgers print them: "25940 42" under such headings is 25940.42, not a 25940 and a 42. Under a line that
/// heads the two columns side by side, a whole number in the rupee column followed by one or two digits under the
/// paise heading become one figure, a point between them.
/// </summary>
public static partial class RupeePaiseColumns
{
    /// <summary>The paise heading starts at most this many letter heights after the rupee heading ends.</summary>
    private const double HeadingGap = 8;

    /// <summary>
    /// <paramref name="words"/> with each rupee and paise pair of <paramref name="lines"/> made one figure; the same list
    /// when the page has none.
    /// </summary>
    public static IReadOnlyList<Word> Join(IReadOnlyList<TextLine> lines, IReadOnlyList<Word> words)
    {
        // Each word of a pair maps to the pair's figure and to its paise word, which the figure replaces.
        var joined = new Dictionary<Word, (Word Figure, Word Paise)>();
        for (var index = 0; index < lines.Count; index++)
        {
            if (Headings(lines[index]) is not var (rupees, paise))
            {
                continue;
            }

            foreach (var line in lines.Skip(index + 1))
            {
                var row = line.Words.ToList();
                for (var i = 0; i + 1 < row.Count; i++)
                {
                    if (InColumns(row[i], row[i + 1], rupees, paise) && !joined.ContainsKey(row[i]) && !joined.ContainsKey(row[i + 1]))
                    {
                        var figure = new Word($"{row[i].Text.Replace(",", string.Empty, StringComparison.Ordinal)}.{row[i + 1].Text.PadLeft(2, '0')}", row[i].Box.Union(row[i + 1].Box), Math.Min(row[i].Confidence, row[i + 1].Confidence));
                        joined[row[i]] = (figure, row[i + 1]);
                        joined[row[i + 1]] = (figure, row[i + 1]);
                    }
                }
            }
        }

        if (joined.Count == 0)
        {
            return words;
        }

        return [.. words.Where(word => !joined.TryGetValue(word, out var pair) || pair.Paise != word).Select(word => joined.TryGetValue(word, out var pair) ? pair.Figure : word)];
    }

    /// <summary>A rupee heading with a paise heading right after it on the line.</summary>
    private static (Word Rupees, Word Paise)? Headings(TextLine line)
    {
        var words = line.Words.ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (RupeeHeading().IsMatch(words[i].Text) && PaiseHeading().IsMatch(words[i + 1].Text)
                && words[i + 1].Box.Left - words[i].Box.Right < HeadingGap * words[i].Box.Height)
            {
                return (words[i], words[i + 1]);
            }
        }

        return null;
    }

    /// <summary>
    /// Rupees ending between the rupee heading's start and the paise heading's end, right-aligned as figures are, and
    /// paise starting after the rupees and overlapping the paise heading.
    /// </summary>
    private static bool InColumns(Word rupees, Word paise, Word rupeeHeading, Word paiseHeading) =>
        WholeRupees().IsMatch(rupees.Text) && Paise().IsMatch(paise.Text)
        && rupees.Box.Right > rupeeHeading.Box.Left && rupees.Box.Right <= paiseHeading.Box.Left + (paiseHeading.Box.Width / 2)
        && paise.Box.HorizontalOverlap(paiseHeading.Box) > 0;

    [GeneratedRegex(@"^(?:Rupees?|Rs\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RupeeHeading();

    [GeneratedRegex(@"^(?:Paise|Ps\.?|P\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaiseHeading();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{2,3})*$|^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeRupees();

    [GeneratedRegex(@"^\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Paise();
}
