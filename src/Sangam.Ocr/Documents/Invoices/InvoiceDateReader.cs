using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// The invoice date: a date under an invoice-date label ("Invoice Date", "Credit Note Date", ...) wins;
/// else a plain "Date"/"Dated" label, the nearer to the invoice number the likelier; else a date printed
/// unlabelled beside or just under the invoice number. Labels of other dates ("Due Date", "Order Date",
/// "Original Invoice Date", "Flight Date") are skipped, and so is a plain "Date" right after another document's
/// number ("L.R No 7318  Date"). A payment receipt with no other date is dated by its payment.
/// </summary>
internal static class InvoiceDateReader
{
    private const double InvoiceDateLabel = 10;

    private const double PlainDateLabel = 5;

    /// <summary>How many lines away from the number a plain "Date" still counts as its neighbour.</summary>
    private const int NeighbourLines = 3;

    public static void Read(DocumentText text, FieldSet fields, NumberReading? number)
    {
        var best = Labelled(text, number).OrderByDescending(candidate => candidate.Score).FirstOrDefault();
        if (best.Found is not null)
        {
            var accuracy = text.AccuracyOf(best.Found);
            fields.Set("invoice_date", DateText.Canonical(best.Date), best.Score >= PlainDateLabel ? accuracy : FieldAccuracy.Guessed(accuracy), $"labelled '{best.Found.Label}'");
        }
        else if (number is not null && Unlabelled(text, number.Where) is var (date, page, confidence))
        {
            fields.Set("invoice_date", DateText.Canonical(date), FieldAccuracy.Guessed(text.AccuracyOf(page, confidence)), "unlabelled date beside the invoice number");
        }
        else if (number is not null && InvoiceLabels.Receipt.IsMatch(number.Where.Label) && PaymentDate(text) is var (paid, found))
        {
            // A payment receipt is dated when the payment was made.
            fields.Set("invoice_date", DateText.Canonical(paid), FieldAccuracy.Guessed(text.AccuracyOf(found)), $"labelled '{found.Label}' on a receipt");
        }
    }

    private static (DateOnly Date, LabelledValue Found)? PaymentDate(DocumentText text) =>
        text.All(InvoiceLabels.PaymentDate).Select(found => DateText.TryParseFirst(found.Text, out var date) ? (date, found) : ((DateOnly, LabelledValue)?)null).FirstOrDefault(found => found is not null);

    private static IEnumerable<(DateOnly Date, LabelledValue Found, double Score)> Labelled(DocumentText text, NumberReading? number)
    {
        foreach (var (label, strength) in new[] { (InvoiceLabels.InvoiceDate, InvoiceDateLabel), (InvoiceLabels.AnyDate, PlainDateLabel) })
        {
            foreach (var found in text.All(label))
            {
                if (InvoiceLabels.OtherDocument.IsMatch(found.Prefix) || !TryDate(text, found, out var date)
                    || (strength == PlainDateLabel && InvoiceLabels.OtherDocumentNumber.IsMatch(PrintedBefore(text, found))))
                {
                    continue;
                }

                var score = strength - (found.PageNumber * 0.1) - (found.LineIndex * 0.001);
                if (strength == PlainDateLabel && number is not null)
                {
                    score += Nearness(found, number.Where);
                }

                yield return (date, found, score);
            }
        }
    }

    /// <summary>
    /// The date of a labelled value, or of the value and the phrase under it when the date wrapped in its cell
    /// ("Invoice Date: May" over "03, 2024"): the value alone is no date, and the two together are.
    /// </summary>
    private static bool TryDate(DocumentText text, LabelledValue found, out DateOnly date)
    {
        if (DateText.TryParseFirst(found.Text, out date))
        {
            return true;
        }

        var lines = text.Page(found.PageNumber).Lines;
        var under = found.Placement == ValuePlacement.Below || found.LineIndex + 1 >= lines.Count
            ? null
            : lines[found.LineIndex + 1].Phrases.FirstOrDefault(phrase => phrase.Box.HorizontalOverlap(found.Box) > 0
                && phrase.Box.Top - found.Box.Bottom < found.Box.Height);
        return under is not null && DateText.TryParseFirst($"{found.Text} {under.Text}", out date) && !DateText.TryParseFirst(under.Text, out _);
    }

    /// <summary>What is printed left of a label on its line: the phrases before it and the words before it in its phrase.</summary>
    private static string PrintedBefore(DocumentText text, LabelledValue found)
    {
        var line = text.Page(found.PageNumber).Lines[found.LineIndex];
        return string.Join("  ", line.Phrases.Where(phrase => phrase.Box.Right <= found.LabelBox.Left).Select(phrase => phrase.Text)) + " " + found.Prefix;
    }

    /// <summary>Up to 4 for a "Date" label on the number's line, less with each line between them; 0 beyond.</summary>
    private static double Nearness(LabelledValue date, LabelledValue number)
    {
        if (date.PageNumber != number.PageNumber)
        {
            return -1;
        }

        var lines = Math.Abs(date.LineIndex - number.LineIndex);
        return lines > NeighbourLines ? -1 : 4 - lines;
    }

    /// <summary>A date printed without a label right of or under the invoice number (letterhead templates).</summary>
    private static (DateOnly Date, int Page, double Confidence)? Unlabelled(DocumentText text, LabelledValue number)
    {
        var page = text.Page(number.PageNumber);
        for (var index = number.LineIndex; index < Math.Min(page.Lines.Count, number.LineIndex + NeighbourLines); index++)
        {
            foreach (var phrase in page.Lines[index].Phrases.Where(phrase => phrase.Box.Right > number.LabelBox.Left))
            {
                if (DateText.TryParseFirst(phrase.Text, out var date) && !InvoiceLabels.AnyDate.IsMatch(phrase.Text))
                {
                    return (date, page.PageNumber, phrase.Confidence);
                }
            }
        }

        return null;
    }
}
