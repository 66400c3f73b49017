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

    /// <summary>The header words over <paramref name="value"/> (on line <paramref name="lineIndex"/>), top line first; empty when none.</summary>
    public static string Above(IReadOnlyList<TextLine> lines, int lineIndex, Box value)
    {
        var header = new List<string>();
        for (var index = lineIndex - 1; index >= Math.Max(0, lineIndex - MaxLinesUp); index--)
        {
            var over = lines[index].Words.Where(word => word.Box.HorizontalOverlap(value) > 0).ToList();
            if (over.Count == 0)
            {
                if (header.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (over.All(word => IsNumeric(word.Text)))
            {
                if (header.Count > 0)
                {
                    break;
                }

                continue;
            }

            header.Insert(0, string.Join(' ', over.Select(word => word.Text)));
            if (header.Count == MaxHeaderLines)
            {
                break;
            }
        }

        return string.Join(' ', header);
    }

    /// <summary>A cell value rather than a header: digits with separators, a percentage, a dash or a currency mark.</summary>
    public static bool IsNumeric(string text) =>
        text.Trim('₹', '-', '(', ')').Length == 0 || text.Trim('₹', '%', '(', ')', '-', '+').All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '/');
}
