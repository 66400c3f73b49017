namespace Sangam.Ocr.Layout;

/// <summary>Where a labelled value was printed relative to its label.</summary>
public enum ValuePlacement
{
    /// <summary>In the label's own phrase: "Invoice No.: 123".</summary>
    SamePhrase,

    /// <summary>In a later phrase of the label's line, past a column gap or a lone separator.</summary>
    Beside,

    /// <summary>Under the label, as in a table cell under its header.</summary>
    Below,
}

/// <summary>A value found next to (or under) a printed label.</summary>
/// <param name="PageNumber">1-based page.</param>
/// <param name="Label">The label text as read, e.g. "Invoice No.:".</param>
/// <param name="LabelBox">Where the label is.</param>
/// <param name="Words">The value's words.</param>
/// <param name="Placement">Where the value sits relative to the label.</param>
/// <param name="LineIndex">The label's line on its page.</param>
/// <param name="Prefix">Text of the label's phrase before the label ("Original" in "Original Invoice No."): it can say the value is another document's.</param>
public sealed record LabelledValue(
    int PageNumber, string Label, Box LabelBox, IReadOnlyList<Word> Words, ValuePlacement Placement, int LineIndex, string Prefix)
{
    public string Text { get; } = string.Join(' ', Words.Select(word => word.Text)).Trim();

    /// <summary>The weakest word's confidence (0-100).</summary>
    public double Confidence => Words.Count == 0 ? 0 : Words.Min(word => word.Confidence);

    public Box Box => Words.Skip(1).Aggregate(Words[0].Box, (box, word) => box.Union(word.Box));
}
