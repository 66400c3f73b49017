using System.Text.RegularExpressions;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Finds the buyer and ship-to blocks from their headings, and the supplier block at the top of the
/// first page. Side-by-side blocks ("Bill To" | "Ship To") are kept apart by column: a heading's column
/// runs from its left edge to the next heading on the same line.
/// </summary>
internal static class PartyLocator
{
    private const int MaxBlockLines = 8;

    private static readonly Regex TableHeader = new(@"\b(?:Description|HSN|Particulars|Qty|Quantity)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static List<PartyBlock> Locate(PageReading page)
    {
        var lines = page.Lines;
        var anchors = FindAnchors(lines);
        var blocks = new List<PartyBlock>();
        foreach (var (role, lineIndex, phrase, remainder) in anchors)
        {
            var column = ColumnOf(phrase, lines[lineIndex], anchors.Where(a => a.Line == lineIndex).Select(a => a.Phrase), page.Width);
            var phrases = new List<Phrase>();
            if (remainder.Count > 0)
            {
                phrases.Add(new Phrase(remainder));
            }

            var last = lineIndex;
            for (var index = lineIndex + 1; index < Math.Min(lines.Count, lineIndex + 1 + MaxBlockLines); index++)
            {
                var inColumn = lines[index].Phrases.Where(candidate => candidate.Box.StartsIn(column)).ToList();
                if (inColumn.Count == 0 || inColumn.Any(IsAnchor) || TableHeader.IsMatch(lines[index].Text))
                {
                    break;
                }

                phrases.AddRange(inColumn);
                last = index;
            }

            blocks.Add(new PartyBlock(role, page.PageNumber, lineIndex, last, column, phrases));
        }

        if (!blocks.Any(block => block.Role == PartyRole.Supplier))
        {
            var firstAnchorLine = anchors.Count > 0 ? anchors.Min(anchor => anchor.Line) : lines.Count;
            blocks.Add(new PartyBlock(PartyRole.Supplier, page.PageNumber, 0, firstAnchorLine - 1, new Box(0, 0, page.Width, page.Height), [.. lines.Take(firstAnchorLine).SelectMany(line => line.Phrases)], Headed: false));
        }

        return blocks;
    }

    private static List<(PartyRole Role, int Line, Phrase Phrase, List<Word> Remainder)> FindAnchors(IReadOnlyList<TextLine> lines)
    {
        var anchors = new List<(PartyRole, int, Phrase, List<Word>)>();
        for (var index = 0; index < lines.Count; index++)
        {
            foreach (var phrase in lines[index].Phrases)
            {
                foreach (var (role, label) in Headings)
                {
                    var span = new WordSpan(phrase.Words);
                    var match = label.Match(span.Text);
                    if (match.Success && match.Index <= 1)
                    {
                        anchors.Add((role, index, phrase, span.From(match.Index + match.Length)));
                        break;
                    }
                }
            }
        }

        return anchors;
    }

    private static IEnumerable<(PartyRole Role, Regex Label)> Headings =>
    [
        (PartyRole.ShipTo, InvoiceLabels.ShipTo),
        (PartyRole.Buyer, InvoiceLabels.Buyer),
        (PartyRole.Supplier, InvoiceLabels.Supplier),
        (PartyRole.Other, InvoiceLabels.ThirdParty),
    ];

    private static bool IsAnchor(Phrase phrase) =>
        Headings.Any(heading => heading.Label.Match(phrase.Text) is { Success: true, Index: <= 1 });

    private static Box ColumnOf(Phrase anchor, TextLine line, IEnumerable<Phrase> anchorsOnLine, int pageWidth)
    {
        var slack = anchor.Box.Height;
        var right = anchorsOnLine.Where(other => other.Box.Left > anchor.Box.Right).Select(other => other.Box.Left).DefaultIfEmpty(pageWidth).Min();
        return new Box(anchor.Box.Left - slack, line.Box.Top, right - slack, int.MaxValue);
    }
}
