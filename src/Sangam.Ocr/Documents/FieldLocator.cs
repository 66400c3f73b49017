using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents;

/// <summary>
/// Finds where each printed value sits on the pages it was read from, so that a reader can see (and a console can
/// draw) what the extraction relied on. The value is looked for as printed: the shortest run of words on one line
/// that reads as it (an amount or a date parsed, anything else compared without spaces and punctuation), an exact
/// run before one that only contains it; a value printed twice where it is printed first, an amount where it is printed
/// last. Computed values, values not printed as they are given (a QR's value the page misprints, a total read from its
/// words) and values spread over several lines (an address) get no location.
/// </summary>
internal static class FieldLocator
{
    /// <summary>A value is looked for in runs of at most this many words.</summary>
    private const int MaxRunWords = 12;

    /// <summary>Values are looked for on the first pages only: headers are printed there, and a long document's tables would cost more to search than to read.</summary>
    private const int MaxPagesSearched = 5;

    public static IReadOnlyDictionary<string, ExtractedField> Locate(IReadOnlyDictionary<string, ExtractedField> fields, IReadOnlyList<PageReading> pages)
    {
        var lines = pages.Take(MaxPagesSearched).SelectMany(page => page.Lines.Select(line => new PrintedLine(page, line, Compact(line.Text)))).ToList();
        return fields.ToDictionary(field => field.Key, field => field.Value.Source != FieldSource.Computed && Find(field.Value.Value, lines) is { } location
            ? field.Value with { Location = location }
            : field.Value, StringComparer.Ordinal);
    }

    private static FieldLocation? Find(object value, List<PrintedLine> lines)
    {
        // How a run of words reads against the value, and a cheap test of a whole line that skips lines without it.
        (Func<string, Match> reads, Func<PrintedLine, bool> mayHold) = value switch
        {
            decimal amount => (text => AmountText.All(text).Contains(amount) ? Match.Exact : Match.None, line => AmountText.All(line.Line.Text).Contains(amount)),
            string date when DateText.TryParseFirst(date, out var day) && DateText.Canonical(day) == date =>
                (text => DateText.TryParseFirst(text, out var printed) && printed == day ? Match.Exact : Match.None, line => line.Compact.Any(char.IsAsciiDigit)),
            string text when Compact(text) is { Length: > 0 } wanted =>
                (run => Compare(Compact(run), wanted), line => line.Compact.Contains(wanted, StringComparison.Ordinal)),
            _ => ((Func<string, Match>)(_ => Match.None), (Func<PrintedLine, bool>)(_ => false)),
        };

        // Totals are printed below the rows that may repeat them (a one-item invoice's row amount is its taxable
        // value): an amount is located at its last sighting, anything else at its first.
        var sightings = Sightings(lines.Where(mayHold), reads);
        var exact = sightings.Where(sighting => sighting.Match == Match.Exact);
        var chosen = value is decimal ? exact.LastOrDefault() : exact.FirstOrDefault();
        return (chosen ?? sightings.FirstOrDefault())?.Location;
    }

    private static List<Sighting> Sightings(IEnumerable<PrintedLine> lines, Func<string, Match> reads)
    {
        var sightings = new List<Sighting>();
        foreach (var (page, line, _) in lines)
        {
            var words = line.Words.ToList();
            string Text(int from, int to) => string.Join(' ', words.Skip(from).Take(to - from + 1).Select(word => word.Text));
            for (var start = 0; start < words.Count; start++)
            {
                for (var end = start; end < Math.Min(words.Count, start + MaxRunWords); end++)
                {
                    var match = reads(Text(start, end));
                    if (match == Match.None)
                    {
                        continue;
                    }

                    // The shortest run: drop leading words (a label) while the rest still reads as the value.
                    var first = start;
                    while (first < end && reads(Text(first + 1, end)) == match)
                    {
                        first++;
                    }

                    var box = words.Skip(first).Take(end - first + 1).Select(word => word.Box).Aggregate((a, b) => a.Union(b));
                    sightings.Add(new Sighting(match, new FieldLocation(page.PageNumber, box, page.Width, page.Height)));
                    start = end;
                    break;
                }
            }
        }

        return sightings;
    }

    private static Match Compare(string run, string wanted) =>
        run == wanted ? Match.Exact : run.Contains(wanted, StringComparison.Ordinal) && wanted.Length >= 4 ? Match.Contained : Match.None;

    private static string Compact(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private sealed record PrintedLine(PageReading Page, TextLine Line, string Compact);

    private sealed record Sighting(Match Match, FieldLocation Location);

    private enum Match
    {
        None,
        Contained,
        Exact,
    }
}

/// <summary>Where a value is printed: its page and the box around its words, in the page's pixels.</summary>
/// <param name="PageNumber">1-based page.</param>
/// <param name="Box">The words' box, origin top-left.</param>
/// <param name="PageWidth">The page's width in the same pixels, to scale the box to any rendering.</param>
/// <param name="PageHeight">The page's height in the same pixels.</param>
public sealed record FieldLocation(int PageNumber, Box Box, int PageWidth, int PageHeight);
