namespace Sangam.Ocr.Layout;

/// <summary>A value found next to (or under) a printed label.</summary>
/// <param name="PageNumber">1-based page.</param>
/// <param name="Label">The label text as read, e.g. "Invoice No.:".</param>
/// <param name="LabelBox">Where the label is.</param>
/// <param name="Words">The value's words.</param>
public sealed record LabelledValue(int PageNumber, string Label, Box LabelBox, IReadOnlyList<Word> Words)
{
    public string Text { get; } = string.Join(' ', Words.Select(word => word.Text)).Trim();

    /// <summary>The weakest word's confidence (0-100).</summary>
    public double Confidence => Words.Count == 0 ? 0 : Words.Min(word => word.Confidence);

    public Box Box => Words.Skip(1).Aggregate(Words[0].Box, (box, word) => box.Union(word.Box));
}
