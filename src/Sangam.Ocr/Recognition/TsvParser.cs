using System.Globalization;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>Reads the word rows (level 5) of Tesseract's TSV output.</summary>
internal static class TsvParser
{
    private const int WordLevel = 5;
    private const int ColumnCount = 12;

    /// <remarks>Columns: level, page, block, paragraph, line, word, left, top, width, height, confidence, text.</remarks>
    public static List<Word> ParseWords(string tsv)
    {
        var words = new List<Word>();
        Span<Range> columns = stackalloc Range[ColumnCount];
        foreach (var row in tsv.AsSpan().EnumerateLines())
        {
            if (row.IsEmpty || !row.StartsWith("5\t"))
            {
                continue;
            }

            if (row.Split(columns, '\t') < ColumnCount)
            {
                continue;
            }

            var text = row[columns[11]].Trim();
            if (text.IsEmpty || int.Parse(row[columns[0]], CultureInfo.InvariantCulture) != WordLevel)
            {
                continue;
            }

            var left = int.Parse(row[columns[6]], CultureInfo.InvariantCulture);
            var top = int.Parse(row[columns[7]], CultureInfo.InvariantCulture);
            var width = int.Parse(row[columns[8]], CultureInfo.InvariantCulture);
            var height = int.Parse(row[columns[9]], CultureInfo.InvariantCulture);
            var confidence = double.Parse(row[columns[10]], CultureInfo.InvariantCulture);
            words.Add(new Word(text.ToString(), new Box(left, top, left + width, top + height), Math.Clamp(confidence, 0, 100)));
        }

        return words;
    }
}
