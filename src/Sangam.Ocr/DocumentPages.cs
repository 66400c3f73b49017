using Sangam.Ocr.Pages;

namespace Sangam.Ocr;

/// <summary>The pages read from a document.</summary>
/// <param name="Kind">The detected file type.</param>
/// <param name="PageCount">Pages in the document, read or not.</param>
/// <param name="Pages">The pages read, in order (at most the requested maximum).</param>
public sealed record DocumentPages(SourceKind Kind, int PageCount, IReadOnlyList<PageReading> Pages)
{
    /// <summary>True when the document has more pages than were read.</summary>
    public bool Truncated => Pages.Count < PageCount;
}
