namespace Sangam.Ocr.Layout;

/// <summary>
/// Rebuilds reading-order lines from word boxes, the same way for OCR output and PDF text layers, so
/// everything downstream depends only on geometry.
/// </summary>
public static class LineBuilder
{
    /// <summary>Two words share a line when their vertical centres differ by less than this share of the typical word height.</summary>
    private const double SameLineTolerance = 0.5;

    /// <summary>A horizontal gap wider than this many typical word heights starts a new phrase (a new column).</summary>
    private const double PhraseGap = 1.2;

    public static IReadOnlyList<TextLine> Build(IReadOnlyList<Word> words)
    {
        var lines = Lines(words);
        var joined = RupeePaiseColumns.Join(lines, words);
        return ReferenceEquals(joined, words) ? lines : Lines(joined);
    }

    private static IReadOnlyList<TextLine> Lines(IReadOnlyList<Word> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var typicalHeight = Median(words.Select(word => (double)word.Box.Height));
        var rows = new List<List<Word>>();
        var rowCentres = new List<double>();
        foreach (var word in words.OrderBy(word => word.Box.CenterY))
        {
            var last = rows.Count - 1;
            if (last >= 0 && Math.Abs(word.Box.CenterY - rowCentres[last]) < SameLineTolerance * typicalHeight)
            {
                rows[last].Add(word);
                rowCentres[last] += (word.Box.CenterY - rowCentres[last]) / rows[last].Count;
            }
            else
            {
                rows.Add([word]);
                rowCentres.Add(word.Box.CenterY);
            }
        }

        // The gap is judged against the line's own text size: small print in a dense table has narrow column gaps.
        return [.. rows.Select(row => new TextLine(SplitPhrases(row, Median(row.Select(word => (double)word.Box.Height)) * PhraseGap)))];
    }

    private static List<Phrase> SplitPhrases(List<Word> row, double gap)
    {
        row.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        var phrases = new List<Phrase>();
        var current = new List<Word> { row[0] };
        for (var i = 1; i < row.Count; i++)
        {
            if (row[i].Box.Left - current[^1].Box.Right > gap)
            {
                phrases.Add(new Phrase(current));
                current = [];
            }

            current.Add(row[i]);
        }

        phrases.Add(new Phrase(current));
        return phrases;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
