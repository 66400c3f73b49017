using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>An amount printed in words: the invoice's total, or (under a "Tax Amount (in words)" label) its tax.</summary>
internal sealed record WordsReading(decimal Amount, bool IsTax, double Accuracy, int PageNumber);

/// <summary>
/// Finds the amounts an invoice prints in words ("INR Two Lakh Twenty Thousand ... Only"), with or without an
/// "Amount in words" label before or above them, and running on to the next line when they wrap.
/// </summary>
internal static partial class AmountInWordsReader
{
    public static List<WordsReading> Read(DocumentText text)
    {
        var readings = new List<WordsReading>();
        var continuations = new HashSet<Phrase>(ReferenceEqualityComparer.Instance);
        foreach (var page in text.Pages)
        {
            for (var index = 0; index < page.Lines.Count; index++)
            {
                foreach (var phrase in page.Lines[index].Phrases)
                {
                    var words = AfterLabel(phrase.Text);
                    if (!AmountInWords.MentionsAmount(words) || continuations.Contains(phrase))
                    {
                        continue;
                    }

                    var confidence = phrase.Confidence;
                    if (!AmountInWords.IsComplete(words) && Continuation(page, index, phrase.Box) is { } next)
                    {
                        words = $"{words} {next.Text}";
                        confidence = Math.Min(confidence, next.Confidence);
                        continuations.Add(next);
                    }

                    // Words without their closing "Only" or "Paise" may have lost their last line: not a reading.
                    if (AmountInWords.ParseComplete(words) is { } amount)
                    {
                        var label = $"{(index > 0 ? page.Lines[index - 1].Text : string.Empty)} {phrase.Text}";
                        readings.Add(new WordsReading(amount, TaxLabel().IsMatch(label), text.AccuracyOf(page.PageNumber, confidence), page.PageNumber));
                    }
                }
            }
        }

        return readings;
    }

    /// <summary>The words after an "... in words :" label in the phrase (its words may have run together: "RupeeinWords"), or the whole phrase.</summary>
    private static string AfterLabel(string phrase)
    {
        var label = InWordsLabel().Match(phrase);
        return (label.Success ? phrase[(label.Index + label.Length)..] : phrase).Trim(' ', ':', '-', '.');
    }

    /// <summary>
    /// The phrase on one of the next two lines that carries on the words: under them (they wrapped), or starting
    /// where they end (one printed line that a photographed page's curve broke in two).
    /// </summary>
    private static Phrase? Continuation(PageReading page, int index, Box box) =>
        page.Lines.Skip(index + 1).Take(2)
            .SelectMany(line => line.Phrases)
            .FirstOrDefault(phrase => (phrase.Box.HorizontalOverlap(box) > 0 || box.IsContinuedBy(phrase.Box, maxGap: box.Height, maxShift: box.Height))
                && AmountInWords.AreAmountWords(phrase.Text));

    [GeneratedRegex(@"^.*?in\s*words\b\s*\)?\s*[:\-]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InWordsLabel();

    /// <summary>"Tax Amount (in words)", "GST in words": the tax, not the total.</summary>
    [GeneratedRegex(@"\b(?:Tax|GST)\s*(?:Amount|Amt)?\s*\(?\s*in\s*words", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaxLabel();
}
