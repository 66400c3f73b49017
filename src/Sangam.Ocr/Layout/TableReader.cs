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

    /// <summary>Under the header, before the first row, a template may leave twice that blank (a header band of fixed height).</summary>
    private const double MaxGapUnderHeader = 2 * MaxRowGap;

    public static List<TableRow> Read(IReadOnlyList<TextLine> lines, int pageNumber, TableSpec spec)
    {
        var header = TableHeader.Find(lines, spec);
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
                || line.Box.Top - previousBottom > (rows.Count == 0 ? MaxGapUnderHeader : MaxRowGap) * pitch)
            {
                break;
            }

            var cells = KeepFigureUnderHeader(Assign(line, columns, boundaries, specs), columns, specs);
            var descriptionOnly = cells.Count == 1 && cells.ContainsKey(spec.ContinuationColumn);
            if (rows.Count == 0 && (descriptionOnly || !line.Text.Any(char.IsAsciiDigit)))
            {
                // Text before the first row: a description printed above its figures (digits and all: "Cover for
                // Model 8"), or the header's own last words.
                var headerRemnant = line.Box.Top - lines[lastHeaderLine].Box.Bottom < lines[headerLine].Box.Height;
                if (!headerRemnant && descriptionOnly && cells.TryGetValue(spec.ContinuationColumn, out var first))
                {
                    before.AddRange(first);
                }
            }
            else if (descriptionOnly && cells.TryGetValue(spec.ContinuationColumn, out var wrapped) && rows.Count > 0)
            {
                rows[^1].TryAdd(spec.ContinuationColumn, []);
                rows[^1][spec.ContinuationColumn].AddRange(wrapped);
            }
            else if (rows.Count > 0 && Completes(rows[^1], cells, spec))
            {
                // The rest of the row above, printed on its own line (figures under a long description, with the
                // description's last words beside them).
                foreach (var (key, words) in cells)
                {
                    if (key == spec.ContinuationColumn && rows[^1].TryGetValue(key, out var named))
                    {
                        named.AddRange(words);
                    }
                    else
                    {
                        rows[^1][key] = words;
                    }
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
    /// A line that completes the row above rather than starting one: it fills only columns the row left empty, or, when
    /// the row names something without a figure yet, it brings the figures and perhaps the name's last words. A column
    /// holding only marks ("&amp;", "|" of a description that ran into it) counts as empty.
    /// </summary>
    private static bool Completes(Dictionary<string, List<Word>> row, Dictionary<string, List<Word>> line, TableSpec spec)
    {
        bool Holds(string key) => row.TryGetValue(key, out var words) && words.Exists(word => word.Text.Any(char.IsLetterOrDigit));
        if (!line.ContainsKey(spec.ContinuationColumn))
        {
            return line.Keys.All(key => !Holds(key));
        }

        return !spec.HasFigure(key => TextOf(row, key)) && spec.HasFigure(key => TextOf(line, key))
            && line.Keys.All(key => key == spec.ContinuationColumn || !Holds(key));
    }

    private static string? TextOf(Dictionary<string, List<Word>> cells, string key) =>
        cells.TryGetValue(key, out var words) ? string.Join(' ', words.Select(word => word.Text)) : null;

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
            Place(phrase);
        }

        return cells;

        void Place(Phrase phrase)
        {
            var best = Enumerable.Range(0, columns.Count).MaxBy(column => Overlap(phrase.Box, boundaries[column], boundaries[column + 1]));
            if (Overlap(phrase.Box, boundaries[best], boundaries[best + 1]) >= MostlyInside * phrase.Box.Width)
            {
                Add(cells, Accepting(columns, specs, best, phrase.Text), phrase.Words);
                return;
            }

            // Left-aligned text runs on past the midpoint to the next header: whole, while it stops short of that header.
            var first = Enumerable.Range(0, columns.Count).Last(column => phrase.Box.Left >= boundaries[column]);
            var spec = specs[columns[first].Key];
            if (first + 1 < columns.Count && phrase.Box.Right < columns[first + 1].Box.Left && spec.Content is null)
            {
                Add(cells, columns[first].Key, phrase.Words);
                return;
            }

            // A serial number printed close to its description ("2 Instant Noodles (5 In 1"): the number is its
            // column's, and the rest is placed as a phrase of its own, so the description keeps its last words.
            if (spec.Content is not null && phrase.Words.Count > 1 && spec.Accepts(phrase.Words[0].Text) && !spec.Accepts(phrase.Words[1].Text))
            {
                Add(cells, columns[first].Key, [phrase.Words[0]]);
                Place(new Phrase([.. phrase.Words.Skip(1)]));
                return;
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
    }

    /// <summary>
    /// A figure column's cell that collected several figures (those of columns the spec does not name, such as a
    /// tax's amount between "Taxable Value" and "Total") keeps the one printed under its header.
    /// </summary>
    private static Dictionary<string, List<Word>> KeepFigureUnderHeader(Dictionary<string, List<Word>> cells, List<(string Key, Box Box)> columns, Dictionary<string, TableColumn> specs)
    {
        foreach (var (key, header) in columns.Where(column => specs[column.Key].Content is not null && cells.ContainsKey(column.Key)))
        {
            // A rate ("18%") that strayed in is kept: the item reader looks for it in every cell.
            var figures = cells[key].Where(word => word.Text.Any(char.IsAsciiDigit) && !word.Text.Contains('%', StringComparison.Ordinal)).ToList();
            if (figures.Count > 1)
            {
                var nearest = figures.MinBy(figure => Distance(figure.Box, header));
                cells[key] = [.. cells[key].Where(word => word == nearest || !figures.Contains(word))];
            }
        }

        return cells;
    }

    /// <summary>How far a figure is from its header across the page: the more they overlap the nearer, else the distance between their centres.</summary>
    private static double Distance(Box figure, Box header) =>
        figure.HorizontalOverlap(header) is > 0 and var overlap ? -overlap : Math.Abs(figure.CenterX - header.CenterX);

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
