using System.Globalization;
using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>A document number read beside (or under) its label, and how strongly the label names it.</summary>
/// <param name="Value">The number as printed.</param>
/// <param name="Where">The label and value found.</param>
/// <param name="Score">Higher is likelier: the label's strength and where the value sits.</param>
/// <param name="Evidence">Why it was taken, where no label says so.</param>
internal sealed record NumberReading(string Value, LabelledValue Where, double Score, string? Evidence = null)
{
    /// <summary>Labelled as an invoice's, bill's or note's number, not just "Number" or "Document No.".</summary>
    public bool NamesAnInvoice => Score >= InvoiceNumberReader.StrongLabel;
}

/// <summary>
/// The invoice number: candidates from every label that names the document's own number (invoice, bill,
/// credit or debit note, receipt), beside the label, past a column gap or in the cell under it; a label
/// preceded by "Original", "Ref", "Order" ... is another document's and is skipped. The value must look
/// like a document number: a digit in it, and neither a date, an amount nor a GSTIN. A template that prints its
/// invoice-date label twice, once before the number and once before the date, gives the number as the weakest
/// candidate of all: its form says what it is, and the label's other copy holds the date.
/// </summary>
internal static partial class InvoiceNumberReader
{
    public const double StrongLabel = 10;

    private const double WeakLabel = 4;

    /// <summary>Below any label that names a number, whatever the placement.</summary>
    private const double RepeatedDateLabel = 0;

    /// <summary>Below every labelled candidate: a number's form is the only witness.</summary>
    private const double FormAlone = -1;

    public static NumberReading? Read(DocumentText text) =>
        Candidates(text).Concat(UnderRepeatedDateLabel(text)).Concat(OfTheFinancialYear(text)).OrderByDescending(candidate => candidate.Score).FirstOrDefault();

    public static void Set(DocumentText text, FieldSet fields, NumberReading? number)
    {
        if (number is not null)
        {
            var accuracy = text.AccuracyOf(number.Where);
            var value = text.IsTextLayer(number.Where.PageNumber) ? number.Value : InCapitals(number.Value);
            fields.Set("invoice_number", value, number.NamesAnInvoice ? accuracy : FieldAccuracy.Guessed(accuracy), number.Evidence ?? $"labelled '{number.Where.Label}'");
        }
    }

    /// <summary>
    /// Letters whose small and capital forms differ only in size or in their place on the line (c, o, p, s, u, v, w,
    /// x, z) are read from pixels in either case: a number whose small letters are all such is printed in capitals, as
    /// invoice series are ("pc/203/24-25" and "UcPL012359" are PC/203/24-25 and UCPL012359). A small letter of another
    /// shape says the number is printed in small letters, and it is left as read.
    /// </summary>
    private static string InCapitals(string number) =>
        number.Any(char.IsAsciiLetterLower) && number.Where(char.IsAsciiLetterLower).All(letter => "copsuvwxz".Contains(letter)) ? number.ToUpperInvariant() : number;

    private static IEnumerable<NumberReading> Candidates(DocumentText text)
    {
        foreach (var (label, strength) in new[] { (InvoiceLabels.InvoiceNumber, StrongLabel), (InvoiceLabels.DocumentNumber, WeakLabel) })
        {
            foreach (var found in text.All(label))
            {
                if (InvoiceLabels.OtherDocument.IsMatch(found.Prefix) || Token(found.Words, !text.IsTextLayer(found.PageNumber)) is not { } value)
                {
                    continue;
                }

                if (value.EndsWith('-') || value.EndsWith('/'))
                {
                    value += Wrapped(text, found);
                }

                yield return new NumberReading(value, found, Score(strength, found));
            }
        }
    }

    /// <summary>A number after an invoice-date label, on a page where another copy of the label holds a date.</summary>
    private static IEnumerable<NumberReading> UnderRepeatedDateLabel(DocumentText text)
    {
        var labelled = text.All(InvoiceLabels.InvoiceDate)
            .Where(found => found.Placement != ValuePlacement.Below && !InvoiceLabels.OtherDocument.IsMatch(found.Prefix))
            .ToList();
        foreach (var found in labelled)
        {
            if (!DateText.TryParseFirst(found.Text, out _)
                && Token(found.Words, !text.IsTextLayer(found.PageNumber)) is { } value
                && labelled.Exists(other => other.PageNumber == found.PageNumber && DateText.TryParseFirst(other.Text, out _)))
            {
                yield return new NumberReading(value, found, Score(RepeatedDateLabel, found));
            }
        }
    }

    /// <summary>
    /// With no label, a number standing alone near the top of the page in the form invoice series take in India, a
    /// serial and the financial year after a slash ("UED/61528/22-23", "INV-0042/2024-25"): a receipt voucher prints
    /// its number under its title with nothing before it. Any labelled number wins over it.
    /// </summary>
    private static IEnumerable<NumberReading> OfTheFinancialYear(DocumentText text)
    {
        var page = text.Pages[0];
        var top = page.Lines.Count / 3 + 1;
        for (var index = 0; index < Math.Min(top, page.Lines.Count); index++)
        {
            foreach (var phrase in page.Lines[index].Phrases.Where(phrase => phrase.Words.Count == 1))
            {
                var word = phrase.Words[0];
                if (SerialOfTheYear().Match(word.Text) is { Success: true } match && match.Groups[1].Value.Any(char.IsAsciiDigit)
                    && FollowingYears(match.Groups[2], match.Groups[3]))
                {
                    var where = new LabelledValue(page.PageNumber, string.Empty, word.Box, [word], ValuePlacement.SamePhrase, index, string.Empty);
                    yield return new NumberReading(word.Text, where, FormAlone - (index * 0.001), "unlabelled: a serial and its financial year near the top of the page");
                }
            }
        }
    }

    /// <summary>The label's strength, then the value's placement; earlier pages and lines win ties, as the header is printed before anything that quotes it.</summary>
    private static double Score(double strength, LabelledValue found)
    {
        var placement = found.Placement switch
        {
            ValuePlacement.SamePhrase => 3,
            ValuePlacement.Beside => 2,
            _ => 1,
        };
        return strength + placement - (found.PageNumber * 0.1) - (found.LineIndex * 0.001);
    }

    /// <summary>The rest of a number that wrapped in its cell ("3567/2017-" over "18"): the word just under its end.</summary>
    private static string Wrapped(DocumentText text, LabelledValue found)
    {
        var page = text.Page(found.PageNumber);
        var end = found.Words[0].Box;
        var under = page.Lines
            .Where(line => line.Box.Top > end.Bottom && line.Box.Top - end.Bottom < 2 * end.Height)
            .SelectMany(line => line.Words)
            .FirstOrDefault(word => word.Box.HorizontalOverlap(end) > 0);
        return under is not null && under.Text.All(char.IsAsciiLetterOrDigit) && under.Text.Length <= 6 ? under.Text : string.Empty;
    }

    /// <summary>The number in a value's words (read from pixels or from a text layer), or null when they do not start with one.</summary>
    private static string? Token(IReadOnlyList<Word> words, bool fromPixels)
    {
        // A hyphen before the number is the label's separator read apart from it ("No. -779/24-25").
        var first = words[0].Text.Trim('.', ',', ';', ':', '_', '|', '(', ')').TrimStart('-', '–', '—');

        // A colon is no part of a number (below): before it is the end of its label, read onto it ("N0:0117").
        if (first.LastIndexOf(':') is var colon and > 0 && first[(colon + 1)..].Any(char.IsAsciiDigit))
        {
            first = first[(colon + 1)..];
        }

        // "B 422654": a short series letter printed apart from the serial.
        if (!first.Any(char.IsAsciiDigit) && first.Length <= 3 && first.All(char.IsAsciiLetterUpper) && words.Count > 1 && words[1].Text.All(char.IsAsciiDigit))
        {
            first = $"{first} {words[1].Text}";
        }

        // "PCSI11812201 7001523": from pixels, digits set closer to a number's end than a space is wide are the rest of
        // it, the gap a space OCR put where there is none. A text layer's spaces are printed.
        else if (fromPixels && words.Count > 1 && first.Length > 0 && char.IsAsciiDigit(first[^1]) && words[1].Text.All(char.IsAsciiDigit)
            && CloserThanASpace(words[0], words[1]))
        {
            first += words[1].Text;
        }

        // "382 / 24-25", "2690 /24-25": the financial-year part printed apart from the serial, kept as printed (a bar
        // read for its slash is the slash).
        else if (words.Count > 1 && first.Length > 0 && char.IsAsciiDigit(first[^1])
            && YearPart().Match(string.Join(' ', words.Skip(1).Take(2).Select(word => word.Text))) is { Success: true } part)
        {
            first = $"{first} {part.Value.Replace('|', '/')}";
        }

        // "SLLP/D/54/ 20 - 21": a number ending in its separator, the financial year set apart after it, spaces and all.
        else if (words.Count > 1 && first.Length > 1 && first[^1] is '/' or '-'
            && TrailingYear().Match(string.Join(' ', words.Skip(1).Take(3).Select(word => word.Text))) is { Success: true } year
            && FollowingYears(year.Groups[1], year.Groups[2]))
        {
            first = $"{first} {year.Value}";
        }

        // An invoice number holds letters, digits, '-' and '/' only (CGST Rules, rule 46(b)): a '$' is a misread 5
        // before a digit, an S before a letter.
        first = MisreadDollar().Replace(first, dollar => char.IsAsciiDigit(first[dollar.Index + 1]) ? "5" : "S");

        return first.Length is > 0 and <= 40 && first.Any(char.IsAsciiDigit) && !NotANumber(first) ? first : null;
    }

    /// <summary>
    /// Two words with less between them than a space: under half their mean character's width. Between the ink of two
    /// printed words a space leaves more (0.55 to 0.9 of a character on the bills measured).
    /// </summary>
    private static bool CloserThanASpace(Word left, Word right) =>
        right.Box.Left - left.Box.Right < 0.5 * (left.Box.Width + right.Box.Width) / (left.Text.Length + right.Text.Length);

    /// <summary>Two years' last two digits, the second the year after the first: a financial year ("21-22", "99-00").</summary>
    private static bool FollowingYears(Group first, Group second) =>
        int.Parse(second.Value, CultureInfo.InvariantCulture) == (int.Parse(first.Value, CultureInfo.InvariantCulture) + 1) % 100;

    private static bool NotANumber(string token) =>
        DecimalAmount().IsMatch(token)
        || (DateText.TryParseFirst(token, out _) && DateLike().IsMatch(token))
        || IdentifierSearch.FindGstin(token) is { CheckCharacterValid: true, ChangedCharacters: 0 }
        || PanShaped().IsMatch(token);

    [GeneratedRegex(@"^-?\d{1,3}(?:,\d{2,3})+(?:\.\d+)?$|^-?\d+\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalAmount();

    /// <summary>A slash (or a bar read for it) and the financial year or a year, as the words after a serial ("/ 24-25", "/2024-25", "/24").</summary>
    [GeneratedRegex(@"^[/|]\s?\d{2}(?:\d{2})?(?:-\d{2})?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex YearPart();

    /// <summary>A financial year after a number's last separator: "20 - 21", "2020-21" (the years' last two digits in groups 1 and 2).</summary>
    [GeneratedRegex(@"^(?:\d\d)?(\d\d)\s?-\s?(\d\d)(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();

    /// <summary>Letters and digits in parts, a digit among them, then "/" and the financial year ("UED/61528/22-23"; years in groups 2 and 3).</summary>
    [GeneratedRegex(@"^([A-Z0-9]+(?:[-/][A-Z0-9]+)*)/(?:20)?(\d\d)-(\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialOfTheYear();

    [GeneratedRegex(@"\$(?=[0-9A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex MisreadDollar();

    [GeneratedRegex(@"^[A-Z]{5}\d{4}[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex PanShaped();

    [GeneratedRegex(@"^\d{1,2}[-/.](?:\d{1,2}|[A-Za-z]{3})[-/.]\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
