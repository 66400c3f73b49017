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

    public static List<TableRow> Read(IReadOnlyList<TextLine> lines, int pageNumber, TableSpec spec)
    {
        var header = FindHeader(lines, spec);
        if (header is not var (headerIndex, columns))
        {
            return [];
        }

        var boundaries = Boundaries(columns);
        var rows = new List<Dictionary<string, List<Word>>>();
        var previousBottom = lines[headerIndex].Box.Bottom;
        var pitch = (double)lines[headerIndex].Box.Height * 1.6;
        for (var index = headerIndex + 1; index < lines.Count; index++)
        {
            var line = lines[index];
            if (spec.End.IsMatch(line.Text) || line.Box.Top - previousBottom > MaxRowGap * pitch)
            {
                break;
            }

            var cells = Assign(line, columns, boundaries);
            if (cells.Count == 1 && cells.TryGetValue(spec.ContinuationColumn, out var wrapped) && rows.Count > 0)
            {
                rows[^1].TryAdd(spec.ContinuationColumn, []);
                rows[^1][spec.ContinuationColumn].AddRange(wrapped);
            }
            else if (cells.Count >= 2)
            {
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

    /// <summary>The line matching the most column headers (at least the spec's minimum), and each found column's extent.</summary>
    private static (int Index, List<(string Key, Box Box)> Columns)? FindHeader(IReadOnlyList<TextLine> lines, TableSpec spec)
    {
        (int Index, List<(string Key, Box Box)> Columns)? best = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var span = new WordSpan([.. lines[index].Words]);
            var found = new List<(string Key, Box Box)>();
            var claimed = new List<Word>();
            foreach (var column in spec.Columns)
            {
                var match = column.Header.Match(span.Text);
                var words = match.Success ? span.Covering(match.Index, match.Index + match.Length) : [];
                if (words.Count > 0 && !words.Any(claimed.Contains))
                {
                    claimed.AddRange(words);
                    found.Add((column.Key, words.Skip(1).Aggregate(words[0].Box, (box, word) => box.Union(word.Box))));
                }
            }

            if (found.Count >= spec.MinimumHeaderMatches && found.Count > (best?.Columns.Count ?? 0))
            {
                best = (index, [.. found.OrderBy(column => column.Box.Left)]);
            }
        }

        return best;
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
    /// split and each word goes to the column its centre falls in.
    /// </summary>
    private static Dictionary<string, List<Word>> Assign(TextLine line, List<(string Key, Box Box)> columns, double[] boundaries)
    {
        const double MostlyInside = 0.7;
        var cells = new Dictionary<string, List<Word>>();
        foreach (var phrase in line.Phrases)
        {
            var best = Enumerable.Range(0, columns.Count).MaxBy(column => Overlap(phrase.Box, boundaries[column], boundaries[column + 1]));
            if (Overlap(phrase.Box, boundaries[best], boundaries[best + 1]) >= MostlyInside * phrase.Box.Width)
            {
                Add(cells, columns[best].Key, phrase.Words);
                continue;
            }

            foreach (var word in phrase.Words)
            {
                var column = 0;
                while (column < columns.Count - 1 && word.Box.CenterX >= boundaries[column + 1])
                {
                    column++;
                }

                Add(cells, columns[column].Key, [word]);
            }
        }

        return cells;
    }

    private static double Overlap(Box box, double left, double right) => Math.Max(0, Math.Min(box.Right, right) - Math.Max(box.Left, left));

    private static void Add(Dictionary<string, List<Word>> cells, string key, IEnumerable<Word> words)
    {
        cells.TryAdd(key, []);
        cells[key].AddRange(words);
    }
}
