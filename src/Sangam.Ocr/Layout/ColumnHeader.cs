namespace Sangam.Ocr.Layout;

/// <summary>
/// The header printed at the top of a value's column: going up from the value, past the other values of
/// the column (numbers), to the first words over it, and on up through the lines of a header that wraps
/// ("Taxable" over "Value", "CGST" over "Rate  Amount"). Ruled or not, on OCR output or a text layer.
/// </summary>
public static class ColumnHeader
{
    /// <summary>How far up a column is followed.</summary>
    private const int MaxLinesUp = 40;

    /// <summary>Header lines gathered at most.</summary>
    private const int MaxHeaderLines = 4;

    /// <summary>Sub-column headers that do not say what the amounts are on their own.</summary>
    private static readonly HashSet<string> GenericWords = new(["Amt", "Amount", "Value", "Rate", "%", "Rate %", "Rs", "Tax", "Taxes", "Amount (Rs", "Rs."], StringComparer.OrdinalIgnoreCase);

    /// <summary>How far apart, in line heights, a header's lines may be.</summary>
    private const double MaxHeaderSpacing = 2.5;

    /// <summary>Blank lines a header may have between its lines in one column.</summary>
    private const int MaxHeaderGap = 2;

    /// <summary>The header words over <paramref name="value"/> (on line <paramref name="lineIndex"/>), top line first; empty when none.</summary>
    public static string Above(IReadOnlyList<TextLine> lines, int lineIndex, Box value)
    {
        var (header, top) = Stack(lines, lineIndex, value);

        // "Amt" under a "CGST" centred over its "Rate" and "Amt" sub-columns: the group's name is up and to the left.
        if (header.Count > 0 && header.All(part => GenericWords.Contains(part.Trim('.', ':', '(', ')'))))
        {
            var group = value with { Left = value.Left - value.Width };
            var named = Enumerable.Range(Math.Max(0, top - MaxHeaderLines), top - Math.Max(0, top - MaxHeaderLines)).Reverse()
                .Select(index => lines[index].Words.Where(word => word.Box.HorizontalOverlap(group) > 0 && !IsNumeric(word.Text)).Select(word => word.Text).ToList())
                .FirstOrDefault(words => words.Count > 0);
            if (named is not null)
            {
                header.InsertRange(0, named);
            }
        }

        return string.Join(' ', header);
    }

    /// <summary>The header words straight over a value, top line first, and the index of their top line.</summary>
    private static (List<string> Header, int Top) Stack(IReadOnlyList<TextLine> lines, int lineIndex, Box value)
    {
        var header = new List<string>();
        var top = lineIndex;
        var gap = 0;
        for (var index = lineIndex - 1; index >= Math.Max(0, lineIndex - MaxLinesUp); index--)
        {
            var over = lines[index].Words.Where(word => word.Box.HorizontalOverlap(value) > 0).ToList();
            if (over.Count == 0)
            {
                // A header's lines may leave this column blank between them ("IGST" over an empty line over "Amount").
                if (header.Count > 0 && ++gap > MaxHeaderGap)
                {
                    break;
                }

                continue;
            }

            gap = 0;

            // A line with a figure in the column is a row of values ("4.320 KGS"), not the header.
            if (over.Any(word => IsNumeric(word.Text)))
            {
                if (header.Count > 0)
                {
                    break;
                }

                continue;
            }

            // A header's lines sit close together: text further up belongs to something else.
            if (header.Count > 0 && lines[top].Box.Top - lines[index].Box.Bottom > MaxHeaderSpacing * lines[top].Box.Height)
            {
                break;
            }

            header.Insert(0, string.Join(' ', over.Select(word => word.Text)));
            top = index;
            if (header.Count == MaxHeaderLines)
            {
                break;
            }
        }

        return (header, top);
    }

    /// <summary>A cell value rather than a header: digits with separators, a percentage, a lone dash or currency mark.</summary>
    public static bool IsNumeric(string text) =>
        text.Trim('₹', '-', '(', ')').Length == 0
        || (text.Any(char.IsAsciiDigit) && text.Trim('₹', '%', '(', ')', '-', '+').All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '/'));
}
