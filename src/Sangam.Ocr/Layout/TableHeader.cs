using System.Text.RegularExpressions;

namespace Sangam.Ocr.Layout;

/// <summary>
/// Finds a table's header and each column's extent: the line naming the most columns, with the lines of a
/// header wrapped over two or three lines read together ("Unit" over "Price", "Sl" over "No.").
/// </summary>
internal static class TableHeader
{
    /// <summary>Lines above and below the header line searched for the rest of a wrapped header.</summary>
    private const int HeaderNeighbours = 2;

    /// <summary>How far those lines may be, in the header line's heights.</summary>
    private const double HeaderReach = 2.5;

    /// <summary>
    /// The header: the line matching the most column headers (at least the spec's minimum) together with the
    /// lines just above and below it, where a wrapped header prints its other columns ("Sl" over "No.",
    /// "Unit" over "Price"); each found column's extent, and the header's first and last lines.
    /// </summary>
    public static (int Line, int LastLine, List<(string Key, Box Box)> Columns)? Find(IReadOnlyList<TextLine> lines, TableSpec spec)
    {
        (int Line, int LastLine, List<(string Key, Box Box)> Columns)? best = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var alone = new List<(string Key, Box Box)>();
            Match([.. lines[index].Words], spec, alone, []);
            if (alone.Count < spec.MinimumHeaderMatches)
            {
                continue;
            }

            // A wrapped header's other lines name columns and hold no figures (a first row has them).
            var band = Neighbours(lines, index)
                .Where(neighbour => !lines[neighbour].Text.Any(char.IsAsciiDigit) && Match([.. lines[neighbour].Words], spec, [], []) > 0)
                .Append(index)
                .ToList();
            // Words of a wrapped header name their column together with the words over or under them.
            var found = new List<(string Key, Box Box)>();
            var taken = MatchStacked(Stacked(lines, band), spec, found);
            foreach (var line in band.OrderBy(line => line == index ? 0 : 1))
            {
                Match([.. lines[line].Words.Where(word => !taken.Contains(word))], spec, found, taken);
            }

            if (found.Count > (best?.Columns.Count ?? 0))
            {
                best = (index, band.Max(), [.. found.OrderBy(column => column.Box.Left)]);
            }
        }

        return best;
    }

    /// <summary>Adds the columns the words name that are not found yet and do not sit over a found one; returns how many.</summary>
    private static int Match(List<Word> words, TableSpec spec, List<(string Key, Box Box)> found, HashSet<Word> claimed)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        var span = new WordSpan(words);
        var added = 0;
        foreach (var column in spec.Columns.Where(column => !found.Exists(f => f.Key == column.Key)))
        {
            // The first place the header names the column that no other column holds ("Value" of "Taxable Value" is taken: "Total" further on).
            foreach (Match match in column.Header.Matches(span.Text))
            {
                var covered = span.Covering(match.Index, match.Index + match.Length);
                var box = covered.Count > 0 ? Union(covered) : default;
                if (covered.Count > 0 && !covered.Any(claimed.Contains) && !found.Exists(f => f.Box.HorizontalOverlap(box) > 0))
                {
                    claimed.UnionWith(covered);
                    found.Add((column.Key, box));
                    added++;
                    break;
                }
            }
        }

        return added;
    }

    /// <summary>Words of two header lines printed one over the other ("Unit" over "Price"), read together.</summary>
    private static List<(string Text, Box Box, Word[] Words)> Stacked(IReadOnlyList<TextLine> lines, List<int> band)
    {
        var stacks = new List<(string Text, Box Box, Word[] Words)>();
        foreach (var upper in band)
        {
            foreach (var lower in band.Where(lower => lines[lower].Box.CenterY > lines[upper].Box.CenterY))
            {
                foreach (var top in lines[upper].Words)
                {
                    foreach (var bottom in lines[lower].Words.Where(bottom => bottom.Box.HorizontalOverlap(top.Box) >= 0.5 * Math.Min(bottom.Box.Width, top.Box.Width)))
                    {
                        stacks.Add(($"{top.Text} {bottom.Text}", top.Box.Union(bottom.Box), [top, bottom]));
                    }
                }
            }
        }

        return stacks;
    }

    /// <summary>Adds the columns that stacked header words name in full; returns the words used.</summary>
    private static HashSet<Word> MatchStacked(List<(string Text, Box Box, Word[] Words)> stacks, TableSpec spec, List<(string Key, Box Box)> found)
    {
        var claimed = new HashSet<Word>();
        foreach (var column in spec.Columns)
        {
            var stack = stacks.Find(stack => column.Header.Match(stack.Text) is { Success: true } match && match.Index == 0 && match.Length == stack.Text.Length
                && !stack.Words.Any(claimed.Contains) && !found.Exists(f => f.Box.HorizontalOverlap(stack.Box) > 0));
            if (stack.Words is not null)
            {
                claimed.UnionWith(stack.Words);
                found.Add((column.Key, stack.Box));
            }
        }

        return claimed;
    }

    private static Box Union(IEnumerable<Word> words) => words.Select(word => word.Box).Aggregate((union, box) => union.Union(box));

    /// <summary>The lines within a wrapped header's reach of line <paramref name="index"/>, nearest first.</summary>
    private static IEnumerable<int> Neighbours(IReadOnlyList<TextLine> lines, int index)
    {
        var reach = HeaderReach * lines[index].Box.Height;
        for (var distance = 1; distance <= HeaderNeighbours; distance++)
        {
            foreach (var neighbour in new[] { index - distance, index + distance })
            {
                if (neighbour >= 0 && neighbour < lines.Count && Math.Abs(lines[neighbour].Box.CenterY - lines[index].Box.CenterY) <= reach)
                {
                    yield return neighbour;
                }
            }
        }
    }
}
