using System.Collections.ObjectModel;

namespace Sangam.Bench.Ocr.Real;

/// <summary>How one field of one record fared.</summary>
internal enum FieldOutcome
{
    /// <summary>Read exactly, or (where the document prints none) left empty.</summary>
    Right,

    /// <summary>Printed, but nothing was read.</summary>
    Missed,

    /// <summary>A different value was read, or a text value where none is printed.</summary>
    Wrong,

    /// <summary>A GSTIN, IRN or amount returned where the document prints none.</summary>
    Invented,

    /// <summary>Printed but not legible to the truth's reader: not scored.</summary>
    Illegible,
}

/// <summary>One truth record (or an extracted record nothing printed matches) scored field by field.</summary>
/// <param name="Type">"invoice" or "bill of entry".</param>
/// <param name="Specs">The fields scored.</param>
/// <param name="Outcomes">Outcome by field name.</param>
/// <param name="Expected">Truth values by field name (null: not printed, or no truth record).</param>
/// <param name="Actual">Values read by field name (null: nothing).</param>
/// <param name="Accuracies">The accuracy each value read was returned with.</param>
internal sealed record RecordScore(
    string Type,
    IReadOnlyList<FieldSpec> Specs,
    IReadOnlyDictionary<string, FieldOutcome> Outcomes,
    IReadOnlyDictionary<string, string?> Expected,
    IReadOnlyDictionary<string, string?> Actual,
    IReadOnlyDictionary<string, double> Accuracies)
{
    public bool KeyFieldsRight => Specs.Where(spec => spec.Key).All(spec => Outcomes[spec.Name] is FieldOutcome.Right or FieldOutcome.Illegible);

    public static RecordScore Score(string type, IReadOnlyList<FieldSpec> specs, TruthRecord? truth, ReadRecord? read)
    {
        var expected = specs.ToDictionary(spec => spec.Name, spec => truth?.Values.GetValueOrDefault(spec.Name));
        var actual = specs.ToDictionary(spec => spec.Name, spec => read?.Values.GetValueOrDefault(spec.Name));
        var outcomes = specs.ToDictionary(spec => spec.Name, spec => Compare(spec, truth?.Illegible.Contains(spec.Name) == true, expected[spec.Name], actual[spec.Name]));
        return new RecordScore(type, specs, outcomes, expected, actual, read?.Accuracies ?? ReadOnlyDictionary<string, double>.Empty);
    }

    private static FieldOutcome Compare(FieldSpec spec, bool illegible, string? expected, string? actual) => (expected, actual) switch
    {
        _ when illegible => FieldOutcome.Illegible,
        (null, null) => FieldOutcome.Right,
        (null, _) => spec.CanBeInvented ? FieldOutcome.Invented : FieldOutcome.Wrong,
        (_, null) => FieldOutcome.Missed,
        _ => string.Equals(expected, actual, StringComparison.Ordinal) ? FieldOutcome.Right : FieldOutcome.Wrong,
    };
}
