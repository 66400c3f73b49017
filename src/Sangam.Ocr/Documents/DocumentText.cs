using System.Text.RegularExpressions;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents;

/// <summary>Label search over all pages read from a document.</summary>
internal sealed class DocumentText(IReadOnlyList<PageReading> pages)
{
    public IReadOnlyList<PageReading> Pages { get; } = pages;

    /// <summary>Every labelled value, in page and reading order.</summary>
    public IEnumerable<LabelledValue> All(Regex label, Func<PageReading, int>? firstLine = null) =>
        Pages.SelectMany(page => LabelFinder.FindAll(Lines(page, firstLine), page.PageNumber, label));

    /// <summary>The first labelled value that <paramref name="accept"/> takes.</summary>
    public LabelledValue? First(Regex label, Func<LabelledValue, bool>? accept = null) =>
        All(label).FirstOrDefault(value => accept?.Invoke(value) ?? true);

    /// <summary>The last labelled value that <paramref name="accept"/> takes (totals sit at the end).</summary>
    public LabelledValue? Last(Regex label, Func<LabelledValue, bool>? accept = null, Func<PageReading, int>? firstLine = null) =>
        All(label, firstLine).LastOrDefault(value => accept?.Invoke(value) ?? true);

    /// <summary>Starting accuracy of a value from its words' confidence and where the words came from.</summary>
    public double AccuracyOf(LabelledValue value) => FieldAccuracy.FromConfidence(value.Confidence, IsTextLayer(value.PageNumber));

    public double AccuracyOf(int pageNumber, double confidence) => FieldAccuracy.FromConfidence(confidence, IsTextLayer(pageNumber));

    /// <summary>The page with this 1-based number (a document's pages need not start at 1: an invoice may begin later in its file).</summary>
    public PageReading Page(int pageNumber) => Pages.First(page => page.PageNumber == pageNumber);

    public bool IsTextLayer(int pageNumber) => Pages.FirstOrDefault(page => page.PageNumber == pageNumber)?.Origin == TextOrigin.PdfTextLayer;

    public IEnumerable<TextLine> AllLines => Pages.SelectMany(page => page.Lines);

    private static IReadOnlyList<TextLine> Lines(PageReading page, Func<PageReading, int>? firstLine) =>
        firstLine is null ? page.Lines : [.. page.Lines.Skip(firstLine(page))];
}
