using Sangam.India.Tax;
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
/// dropped or restored, which the check character settles on its own: see <see cref="GstinLengthRepairs"/>). A
/// labelled reading nothing settles is tried again against the PANs of the document's verified GSTINs.
/// </summary>
internal static class GstinSightings
{
    private const int MaxRepairsUnlabelled = 1;

    /// <summary>Every GSTIN of <paramref name="text"/>; <paramref name="documentPans"/> are PANs verified on the document's other pages.</summary>
    public static List<GstinSighting> Find(DocumentText text, IReadOnlySet<string>? documentPans = null)
    {
        var sightings = new List<GstinSighting>();
        var unsettled = new List<(PageReading Page, int LineIndex, Phrase Phrase, string Value, string Context)>();
        var verified = new HashSet<string>();
        foreach (var page in text.Pages)
        {
            for (var index = 0; index < page.Lines.Count; index++)
            {
                var phrases = page.Lines[index].Phrases;
                for (var p = 0; p < phrases.Count; p++)
                {
                    var (value, context, labelled) = Labelled(page, index, p);
                    if (!value.Any(char.IsAsciiDigit))
                    {
                        continue;
                    }

                    var match = IdentifierSearch.FindGstin(value, verified);
                    if (labelled && match is not { CheckCharacterValid: true })
                    {
                        unsettled.Add((page, index, phrases[p], value, context));
                    }

                    if (match is null || (!labelled && (!match.CheckCharacterValid || match.Confusions > MaxRepairsUnlabelled)))
                    {
                        continue;
                    }

                    sightings.Add(new GstinSighting(match, page.PageNumber, index, phrases[p].Box, text.AccuracyOf(page.PageNumber, phrases[p].Confidence), context));
                    if (match.CheckCharacterValid && match.ChangedCharacters == 0)
                    {
                        verified.Add(match.Gstin);
                    }
                }
            }
        }

        if (unsettled.Count > 0)
        {
            RepairAgainstKnownPans(text, sightings, unsettled, [.. VerifiedPans(sightings), .. documentPans ?? new HashSet<string>()]);
        }

        return sightings;
    }

    /// <summary>
    /// Labelled GSTINs no ordinary repair settled, tried again against the PANs of the document's verified GSTINs
    /// (the same party printed twice, or registered in two states): see <see cref="GstinSlipRepairs"/>.
    /// </summary>
    private static void RepairAgainstKnownPans(DocumentText text, List<GstinSighting> sightings, List<(PageReading Page, int LineIndex, Phrase Phrase, string Value, string Context)> unsettled, HashSet<string> pans)
    {
        foreach (var (page, lineIndex, phrase, value, context) in unsettled)
        {
            if (IdentifierSearch.FindGstinWithKnownPan(value, pans) is not { } repaired)
            {
                continue;
            }

            var sighting = new GstinSighting(repaired, page.PageNumber, lineIndex, phrase.Box, text.AccuracyOf(page.PageNumber, phrase.Confidence), context);
            var unverified = sightings.FindIndex(other => other.PageNumber == page.PageNumber && other.LineIndex == lineIndex && other.Box == phrase.Box);
            if (unverified >= 0)
            {
                sightings[unverified] = sighting;
            }
            else
            {
                var after = sightings.FindIndex(other => (other.PageNumber, other.LineIndex).CompareTo((page.PageNumber, lineIndex)) > 0);
                sightings.Insert(after < 0 ? sightings.Count : after, sighting);
            }
        }
    }

    /// <summary>The first GSTIN of <paramref name="sightings"/> in the top third of <paramref name="page"/> (a letterhead's), or null.</summary>
    public static string? Letterhead(PageReading page, IEnumerable<GstinSighting> sightings) =>
        sightings.FirstOrDefault(sighting => sighting.PageNumber == page.PageNumber && sighting.Box.Top < page.Height / 3 && sighting.Match.CheckCharacterValid)?.Match.Gstin;

    /// <summary>The PANs of the sightings whose check character verifies.</summary>
    public static IReadOnlySet<string> VerifiedPans(IEnumerable<GstinSighting> sightings) =>
        sightings
            .Where(sighting => sighting.Match.CheckCharacterValid)
            .Select(sighting => Gstin.TryParse(sighting.Match.Gstin, out var gstin) ? gstin.Pan.Value : null)
            .OfType<string>()
            .ToHashSet();

    /// <summary>
    /// The text of one phrase that may hold a GSTIN, the words that say whose it is, and whether a GSTIN label names
    /// it: after a GSTIN label in the phrase, or after a label phrase just before or above it, or standing alone.
    /// </summary>
    private static (string Value, string Context, bool Labelled) Labelled(PageReading page, int lineIndex, int phraseIndex)
    {
        var phrases = page.Lines[lineIndex].Phrases;
        var phrase = phrases[phraseIndex];
        var label = InvoiceLabels.Gstin.Match(phrase.Text);
        if (label.Success)
        {
            return (phrase.Text[(label.Index + label.Length)..], phrase.Text.Trim(), true);
        }

        var before = phraseIndex > 0 ? phrases[phraseIndex - 1].Text : Above(page, lineIndex, phrase.Box);
        return (phrase.Text, before.Trim(), InvoiceLabels.Gstin.IsMatch(before) && !LabelHasValue(before));
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
