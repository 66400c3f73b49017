namespace Sangam.Ocr.Layout;

/// <summary>
/// Rebuilds a table from word boxes: the header line gives each column's x-extent, the gaps between
/// neighbouring headers become column boundaries, and each word below goes to the column its centre
/// falls in. Works the same on OCR output and PDF text layers, with or without ruling lines.
/// </summary>
public static class TableReader
{
    /// <summary>A vertical gap this many times the usual row pitch means the table has ended.</summary>
    private const double MaxRowGap = 3.5;

    /// <summary>Lines above and below the header line searched for the rest of a wrapped header.</summary>
    private const int HeaderNeighbours = 2;

    /// <summary>How far those lines may be, in the header line's heights.</summary>
    private const double HeaderReach = 2.5;

    public static List<TableRow> Read(IReadOnlyList<TextLine> lines, int pageNumber, TableSpec spec)
    {
        var header = FindHeader(lines, spec);
        if (header is not var (headerLine, lastHeaderLine, columns))
        {
            return [];
        }

        var boundaries = Boundaries(columns);
        var specs = spec.Columns.ToDictionary(column => column.Key);
        var rows = new List<Dictionary<string, List<Word>>>();
        var before = new List<Word>();
        var previousBottom = lines[lastHeaderLine].Box.Bottom;
        var pitch = (double)lines[headerLine].Box.Height * 1.6;
        for (var index = lastHeaderLine + 1; index < lines.Count; index++)
        {
            var line = lines[index];
            if (spec.End.IsMatch(line.Text) || (spec.EndInLine is { } end && line.Phrases.Any(phrase => end.IsMatch(phrase.Text)))
                || line.Box.Top - previousBottom > MaxRowGap * pitch)
            {
                break;
            }

            var cells = Assign(line, columns, boundaries, specs);
            if (rows.Count == 0 && !line.Text.Any(char.IsAsciiDigit))
            {
                // Text before the first row: a description printed above its figures, or the header's own last words.
                var headerRemnant = line.Box.Top - lines[lastHeaderLine].Box.Bottom < lines[headerLine].Box.Height;
                if (!headerRemnant && cells.Count == 1 && cells.TryGetValue(spec.ContinuationColumn, out var first))
                {
                    before.AddRange(first);
                }
            }
            else if (cells.Count == 1 && cells.TryGetValue(spec.ContinuationColumn, out var wrapped) && rows.Count > 0)
            {
                rows[^1].TryAdd(spec.ContinuationColumn, []);
                rows[^1][spec.ContinuationColumn].AddRange(wrapped);
            }
            else if (rows.Count > 0 && !cells.ContainsKey(spec.ContinuationColumn) && cells.Keys.All(key => !rows[^1].ContainsKey(key)))
            {
                // The rest of the row above, printed on its own line (figures under a long description).
                foreach (var (key, words) in cells)
                {
                    rows[^1][key] = words;
                }
            }
            else if (cells.Count >= 2)
            {
                if (rows.Count == 0 && before.Count > 0)
                {
                    cells[spec.ContinuationColumn] = [.. before, .. cells.GetValueOrDefault(spec.ContinuationColumn) ?? []];
                }

                rows.Add(cells);
            }
            else
            {
                break;
            }

            previousBottom = line.Box.Bottom;
        }

        return [.. rows.Select(cells => new TableRow(
            pageNumber, cells.ToDictionary(cell => cell.Key, cell => new TableCell(cell.Value))))];
    }

    /// <summary>
    /// The header: the line matching the most column headers (at least the spec's minimum) together with the
    /// lines just above and below it, where a wrapped header prints its other columns ("Sl" over "No.",
    /// "Unit" over "Price"); each found column's extent, and the header's first and last lines.
    /// </summary>
    private static (int Line, int LastLine, List<(string Key, Box Box)> Columns)? FindHeader(IReadOnlyList<TextLine> lines, TableSpec spec)
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
            var match = column.Header.Match(span.Text);
            var covered = match.Success ? span.Covering(match.Index, match.Index + match.Length) : [];
            var box = covered.Count > 0 ? Union(covered) : default;
            if (covered.Count > 0 && !covered.Any(claimed.Contains) && !found.Exists(f => f.Box.HorizontalOverlap(box) > 0))
            {
                claimed.UnionWith(covered);
                found.Add((column.Key, box));
                added++;
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

    /// <summary>Column i owns x in [boundaries[i], boundaries[i + 1]): midpoints of the gaps between header extents.</summary>
    private static double[] Boundaries(List<(string Key, Box Box)> columns)
    {
        var boundaries = new double[columns.Count + 1];
        boundaries[0] = double.NegativeInfinity;
        boundaries[^1] = double.PositiveInfinity;
        for (var i = 1; i < columns.Count; i++)
        {
            boundaries[i] = (columns[i - 1].Box.Right + columns[i].Box.Left) / 2.0;
        }

        return boundaries;
    }

    /// <summary>
    /// A phrase lying mostly inside one column goes there whole, so a description that runs past the
    /// header midpoint stays together; a phrase spanning columns (cells printed close together) is
    /// split and each word goes to the column its centre falls in. Text a column cannot hold goes to the
    /// nearest column that can.
    /// </summary>
    private static Dictionary<string, List<Word>> Assign(TextLine line, List<(string Key, Box Box)> columns, double[] boundaries, Dictionary<string, TableColumn> specs)
    {
        const double MostlyInside = 0.7;
        var cells = new Dictionary<string, List<Word>>();
        foreach (var phrase in line.Phrases)
        {
            var best = Enumerable.Range(0, columns.Count).MaxBy(column => Overlap(phrase.Box, boundaries[column], boundaries[column + 1]));
            if (Overlap(phrase.Box, boundaries[best], boundaries[best + 1]) >= MostlyInside * phrase.Box.Width)
            {
                Add(cells, Accepting(columns, specs, best, phrase.Text), phrase.Words);
                continue;
            }

            // Left-aligned text runs on past the midpoint to the next header: whole, while it stops short of that header.
            var first = Enumerable.Range(0, columns.Count).Last(column => phrase.Box.Left >= boundaries[column]);
            if (first + 1 < columns.Count && phrase.Box.Right < columns[first + 1].Box.Left && specs[columns[first].Key].Content is null)
            {
                Add(cells, columns[first].Key, phrase.Words);
                continue;
            }

            // Left to right, a word never goes to a column left of the word before it.
            var leftmost = 0;
            foreach (var word in phrase.Words)
            {
                var column = leftmost;
                while (column < columns.Count - 1 && word.Box.CenterX >= boundaries[column + 1])
                {
                    column++;
                }

                var key = Accepting(columns, specs, column, word.Text);
                leftmost = Math.Max(leftmost, columns.FindIndex(candidate => candidate.Key == key));
                Add(cells, key, [word]);
            }
        }

        return cells;
    }

    /// <summary>The key of <paramref name="column"/> when it can hold <paramref name="text"/>, else of the nearest column that can.</summary>
    private static string Accepting(List<(string Key, Box Box)> columns, Dictionary<string, TableColumn> specs, int column, string text) =>
        Enumerable.Range(0, columns.Count)
            .OrderBy(other => Math.Abs(other - column))
            .Select(other => columns[other].Key)
            .FirstOrDefault(key => specs[key].Accepts(text)) ?? columns[column].Key;

    private static double Overlap(Box box, double left, double right) => Math.Max(0, Math.Min(box.Right, right) - Math.Max(box.Left, left));

    private static void Add(Dictionary<string, List<Word>> cells, string key, IEnumerable<Word> words)
    {
        cells.TryAdd(key, []);
        cells[key].AddRange(words);
    }
}
