namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// Pairs the records a document prints with the records read from it, so that a file of several invoices
/// is scored invoice by invoice whatever order they come back in: pairs that agree on the most values
/// first, then the nearest in order. A printed record nobody read scores against nothing (missed); a read
/// record matching nothing printed scores against an empty truth (anything it holds was made up).
/// </summary>
internal static class RecordMatcher
{
    public static List<RecordScore> Score(string type, IReadOnlyList<FieldSpec> specs, IReadOnlyList<TruthRecord> printed, IReadOnlyList<ReadRecord> read)
    {
        var pairs =
            from t in Enumerable.Range(0, printed.Count)
            from r in Enumerable.Range(0, read.Count)
            let agreement = specs.Count(spec => printed[t].Values[spec.Name] is { } value && value == read[r].Values[spec.Name])
            orderby agreement descending, Math.Abs(t - r), t
            select (t, r);
        var truthTaken = new HashSet<int>();
        var readTaken = new HashSet<int>();
        var scores = new SortedList<int, RecordScore>();
        foreach (var (t, r) in pairs)
        {
            if (!truthTaken.Contains(t) && !readTaken.Contains(r))
            {
                truthTaken.Add(t);
                readTaken.Add(r);
                scores.Add(t, RecordScore.Score(type, specs, printed[t], read[r]));
            }
        }

        var result = Enumerable.Range(0, printed.Count)
            .Select(t => scores.TryGetValue(t, out var score) ? score : RecordScore.Score(type, specs, printed[t], null))
            .ToList();
        result.AddRange(Enumerable.Range(0, read.Count).Where(r => !readTaken.Contains(r)).Select(r => RecordScore.Score(type, specs, null, read[r])));
        return result;
    }
}
