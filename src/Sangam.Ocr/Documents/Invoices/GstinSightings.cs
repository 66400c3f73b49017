using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>A GSTIN printed on a page: how it was read, where, and the words that say whose it is.</summary>
/// <param name="Match">The GSTIN and its repair.</param>
/// <param name="PageNumber">1-based page.</param>
/// <param name="LineIndex">Its line on the page.</param>
/// <param name="Box">Where it is printed.</param>
/// <param name="ReadAccuracy">Accuracy of the words it was read from.</param>
/// <param name="Context">The words printed with it, or its label just before or above it ("GSTIN of Customer : ...", "Seller GSTIN").</param>
internal sealed record GstinSighting(GstinMatch Match, int PageNumber, int LineIndex, Box Box, double ReadAccuracy, string Context);

/// <summary>
/// Every GSTIN printed in a document, found by its shape and check character wherever it is (beside a
/// label, across a column gap, under a label, in running text). Without a label in front, only a reading
/// whose check character verifies with at most one confusion repaired is believed (besides a character
/// dropped or restored, which the check character settles on its own: see <see cref="GstinLengthRepairs"/>).
/// </summary>
internal static class GstinSightings
{
    private const int MaxRepairsUnlabelled = 1;

    public static List<GstinSighting> Find(DocumentText text)
    {
        var sightings = new List<GstinSighting>();
        var verified = new HashSet<string>();
        foreach (var page in text.Pages)
        {
            for (var index = 0; index < page.Lines.Count; index++)
            {
                var phrases = page.Lines[index].Phrases;
                for (var p = 0; p < phrases.Count; p++)
                {
                    if (Read(page, index, p, verified) is { } sighting)
                    {
                        sightings.Add(sighting with { ReadAccuracy = text.AccuracyOf(page.PageNumber, sighting.ReadAccuracy) });
                        if (sighting.Match.CheckCharacterValid && sighting.Match.ChangedCharacters == 0)
                        {
                            verified.Add(sighting.Match.Gstin);
                        }
                    }
                }
            }
        }

        return sightings;
    }

    /// <summary>The first GSTIN in the top third of a page (a letterhead's), or null.</summary>
    public static string? FirstOnPage(PageReading page) =>
        Find(new DocumentText([page])).FirstOrDefault(sighting => sighting.Box.Top < page.Height / 3 && sighting.Match.CheckCharacterValid)?.Match.Gstin;

    /// <summary>The GSTIN in one phrase: after a GSTIN label in it, or after a label phrase just before it, or standing alone.</summary>
    private static GstinSighting? Read(PageReading page, int lineIndex, int phraseIndex, IReadOnlySet<string> verified)
    {
        var phrases = page.Lines[lineIndex].Phrases;
        var phrase = phrases[phraseIndex];
        var label = InvoiceLabels.Gstin.Match(phrase.Text);
        string value, context;
        bool labelled;
        if (label.Success)
        {
            value = phrase.Text[(label.Index + label.Length)..];
            context = phrase.Text;
            labelled = true;
        }
        else
        {
            var before = phraseIndex > 0 ? phrases[phraseIndex - 1].Text : Above(page, lineIndex, phrase.Box);
            value = phrase.Text;
            context = before;
            labelled = InvoiceLabels.Gstin.IsMatch(before) && !LabelHasValue(before);
        }

        if (!value.Any(char.IsAsciiDigit))
        {
            return null;
        }

        var match = IdentifierSearch.FindGstin(value, verified);
        if (match is null || (!labelled && (!match.CheckCharacterValid || match.Confusions > MaxRepairsUnlabelled)))
        {
            return null;
        }

        return new GstinSighting(match, page.PageNumber, lineIndex, phrase.Box, phrase.Confidence, context.Trim());
    }

    /// <summary>A label phrase that already holds a GSTIN is its own sighting, not this phrase's label.</summary>
    private static bool LabelHasValue(string labelPhrase)
    {
        var match = InvoiceLabels.Gstin.Match(labelPhrase);
        return labelPhrase[(match.Index + match.Length)..].Count(char.IsAsciiLetterOrDigit) >= 10;
    }

    /// <summary>The text printed just above a phrase in its column: a label over its value.</summary>
    private static string Above(PageReading page, int lineIndex, Box box) =>
        lineIndex == 0 ? string.Empty
            : page.Lines[lineIndex - 1].Phrases.Where(phrase => phrase.Box.HorizontalOverlap(box) > 0).Select(phrase => phrase.Text).FirstOrDefault() ?? string.Empty;
}
