using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>What an amount on an invoice is.</summary>
internal enum AmountKind
{
    Taxable,
    Cgst,
    Sgst,
    Igst,
    TotalTax,
    NonTaxable,
    Discount,
    Rounding,

    /// <summary>The amount the buyer owes.</summary>
    Total,
}

/// <summary>One reading of an amount: what it would be, how sure the reading is, and how strongly the label names it.</summary>
/// <param name="Kind">What the label or column says it is.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Accuracy">Accuracy of the words it was read from.</param>
/// <param name="Priority">How plainly its label names it (a "Grand Total" over a bare "Total"); higher wins ties.</param>
/// <param name="Evidence">Where it was read.</param>
/// <param name="PageNumber">1-based page.</param>
/// <param name="LineIndex">Its line on the page: totals lower down are the final ones.</param>
internal sealed record AmountCandidate(AmountKind Kind, decimal Amount, double Accuracy, int Priority, string Evidence, int PageNumber, int LineIndex);

/// <summary>
/// Reads every amount an invoice labels as a total, a tax or a taxable value: the last amount right of the
/// label on its line (so "IGST @ 12%  4,800.00" is 4,800.00, not 12), or the one under the label, and every
/// amount of a "Total" row by its column's header. A tax rate ("9 %", "@ 18%") or a quantity ("805 KGS")
/// is never an amount.
/// </summary>
internal static partial class AmountCandidates
{
    /// <summary>Labels this plain ("Amount Payable", "Grand Total") name the total even over a cell below them.</summary>
    private const int PlainPayable = 8;

    /// <summary>Priority of a figure of a "Total" row, named by its column.</summary>
    private const int LabelledRow = 5;

    /// <summary>Evidence ending of a tax head's nearer figure on a row that ends in the row's total (see <see cref="ReadLabelled"/>).</summary>
    private const string NearerOfTwo = ", the nearer of two figures";

    /// <summary>Priority of a figure no label names: taken only where the totals add up with it.</summary>
    public const int Unlabelled = 1;

    /// <summary>Priority of a tax head labelled as the invoice's total ("Total CGST"), over the head's other lines (one per rate, or per column of charges).</summary>
    private const int TotalTaxHead = 9;

    private const string Cgst = @"(?:CGST|C\.G\.S\.T\.?|Central\s*(?:Tax|GST))(?:\s*(?:Amount|Amt))?";

    private const string Sgst = @"(?:SGST|UTGST|S\.G\.S\.T\.?|State\s*(?:Tax|GST)|State\s*/\s*UT\s*Tax)(?:\s*/\s*UTGST)?(?:\s*(?:Amount|Amt))?";

    private const string Igst = @"(?:IGST|I\.G\.S\.T\.?|Integrated\s*(?:Tax|GST))(?:\s*(?:Amount|Amt))?";

    private static readonly Dictionary<AmountKind, Regex> HeadNames = new()
    {
        [AmountKind.Cgst] = Label(Cgst),
        [AmountKind.Sgst] = Label(Sgst),
        [AmountKind.Igst] = Label(Igst),
    };

    private static readonly (AmountKind Kind, int Priority, Regex Label)[] Labels =
    [
        (AmountKind.Total, 8, Label(@"Grand\s*Total|Gr\.\s*Total|Total\s*Invoice\s*(?:Value|Amount)|Invoice\s*(?:Total|Value|Amount)|Total\s*Amount\s*(?:Payable|Due)|(?:Net\s*)?Amount\s*(?:Payable|Due)|(?:Net\s*)?Payable\s*Amount|Net\s*Payable|Total\s*Payable|Balance\s*Due|Total\s*\(?\s*Incl(?:uding|\.)?\s*(?:of\s*)?(?:all\s*)?Tax(?:es)?\s*\)?|Total\s*Booking\s*Amount|Total\s*Amount\s*\(?Incl")),
        (AmountKind.Total, 6, Label(@"Total\s*Am(?:oun)?t(?!\s*Before)|Total\s*Price|Net\s*Total|(?:Net\s*)?Bill\s*Amount|Bill\s*Total|Final\s*Amount|Net\s*Amount|Total\s*Rs")),
        (AmountKind.Total, 4, Label(@"Total\s*Value(?!\s*Before)")),

        // A receipt's one amount; on an invoice a payment made may be part of the total, so below a bare "Total".
        (AmountKind.Total, 2, Label(@"Payment\s*Amount|Amount\s*(?:Paid|Received)")),
        (AmountKind.Total, 3, Label(@"Totals?(?!\s*(?:Consumption|Usage|Qty|Quantity|Tax|Taxable|Discount|Before|No|Pcs|Items?|Weight|Wt|Units?|Pkgs?|Packages|CGST|SGST|IGST|UTGST|Cess|GST|Amount|Amt|Value|Invoice|Booking|Price|Payable|Rs)\b)")),
        (AmountKind.Taxable, 8, Label(@"Total\s*Taxable(?:\s*(?:Value|Amount|Amt))?|Taxable\s*Total|Taxable\s*(?:Value|Amount|Amt)|Total\s*(?:(?:Amount|Amt|Value)\s*)?Before\s*Tax|Tax\s*Base\s*Amount|Amount\s*Before\s*Tax|Assessable\s*Value|Net\s*Taxable\s*Value")),
        (AmountKind.Taxable, 5, Label(@"Sub\s*-?\s*Total")),
        (AmountKind.Cgst, TotalTaxHead, Label($@"Total\s*{Cgst}")),
        (AmountKind.Cgst, 8, Label($@"(?:Add\s*:?\s*)?{Cgst}")),
        (AmountKind.Sgst, TotalTaxHead, Label($@"Total\s*{Sgst}")),
        (AmountKind.Sgst, 8, Label($@"(?:Add\s*:?\s*)?{Sgst}")),
        (AmountKind.Igst, TotalTaxHead, Label($@"Total\s*{Igst}")),
        (AmountKind.Igst, 8, Label($@"(?:Add\s*:?\s*|Output\s*)?{Igst}")),
        (AmountKind.TotalTax, 8, Label(@"Total\s*Tax(?:es)?(?:\s*Amount)?|Total\s*GST(?:\s*Amount)?|GST\s*Amount|Tax\s*Amount")),
        (AmountKind.NonTaxable, 8, Label(@"Non[\s-]*Taxable(?:\s*(?:/\s*Exempt(?:ed)?\s*)?Value)?|Exempt(?:ed)?\s*Value")),
        (AmountKind.Discount, 8, Label(@"(?:Less\s*:?\s*)?(?:Total\s*)?Discount")),
        (AmountKind.Rounding, 8, Label(@"Round(?:ing|ed)?\s*-?\s*Off|Rounding|R\s*/\s*Off")),
    ];

    /// <summary>Every labelled amount of the invoice's pages.</summary>
    public static List<AmountCandidate> Read(DocumentText text)
    {
        var candidates = new List<AmountCandidate>();
        foreach (var page in text.Pages)
        {
            for (var index = 0; index < page.Lines.Count; index++)
            {
                // A line that labels the amount in words may split that label over cells ("Total Invoice Amount" |
                // "In Words"), so a total is not read there; the other cells' labels are ("Total Amount Before Tax").
                var line = page.Lines[index];
                var inWords = InWords().IsMatch(line.Text);
                foreach (var (kind, priority, label) in Labels.Where(spec => !inWords || spec.Kind != AmountKind.Total))
                {
                    candidates.AddRange(ReadLabelled(text, page, index, kind, priority, label));
                }

                if (inWords)
                {
                    continue;
                }

                if (WrappedLabel(text, page, index) is { } wrapped)
                {
                    candidates.Add(wrapped);
                }

                if (Labels.Any(spec => spec.Kind == AmountKind.Total && spec.Label.IsMatch(line.Phrases[0].Text)))
                {
                    candidates.AddRange(ByColumn(text, page, index, LabelledRow, line.Phrases.Skip(1)));
                    candidates.AddRange(StackedTotals.Read(text, page, index));
                }
            }

            // The column sums of an item table are often printed with no "Total" label: the last row of bare figures.
            var bare = page.Lines.ToList().FindLastIndex(IsBareFigures);
            if (bare >= 0)
            {
                candidates.AddRange(ByColumn(text, page, bare, Unlabelled, page.Lines[bare].Phrases));
            }
        }

        candidates.AddRange(MeteredSale.Read(text));

        // A head named on several lines (a row per item, each with its own tax) has no one row that is the invoice's.
        candidates.RemoveAll(candidate => candidate.Evidence.EndsWith(NearerOfTwo, StringComparison.Ordinal)
            && candidates.Where(other => other.Kind == candidate.Kind && other.Priority > Unlabelled).Select(other => (other.PageNumber, other.LineIndex)).Distinct().Count() > 1);
        return candidates;
    }

    /// <summary>
    /// A line of two or more figures and nothing else but rule marks, and the amount in words where the totals row
    /// shares its line with them ("Rs. Eight Thousand Four Hundred Fifty Five Only | 7549.00 | 452.94 | 452.94").
    /// </summary>
    private static bool IsBareFigures(TextLine line)
    {
        var words = line.Phrases.Where(phrase => !AmountInWords.AreAmountWords(phrase.Text))
            .SelectMany(phrase => phrase.Words).Where(word => word.Text.Any(char.IsLetterOrDigit)).ToList();
        return words.Count >= 2 && words.All(word => ColumnHeader.IsNumeric(word.Text) && word.Text.Any(char.IsAsciiDigit));
    }

    /// <summary>Amounts of the text with rates, quantities and percentages taken out, left to right.</summary>
    public static List<decimal> AmountsIn(string text) =>
        AmountText.All(Quantity().Replace(Rate().Replace(text, " "), " "));

    /// <summary>
    /// The amount a label names on its line, or under it. A tax head followed by two figures ("6% CGST ₹40.93 ₹764.00",
    /// a marketplace row's tax and the row's total) offers the nearer one too, unlabelled: it counts only in a sum
    /// that adds up, and only where the head is named on that one line.
    /// </summary>
    private static IEnumerable<AmountCandidate> ReadLabelled(DocumentText text, PageReading page, int index, AmountKind kind, int priority, Regex label)
    {
        var phrases = page.Lines[index].Phrases;
        for (var p = 0; p < phrases.Count; p++)
        {
            // "Total Invoice Amount in Words" labels the words: a figure after it is another label's.
            if (InWords().IsMatch(phrases[p].Text))
            {
                continue;
            }

            var span = new WordSpan(phrases[p].Words);

            // A label starts its phrase, or follows only figures ("2,479,520.70 Total Tax"): after words it
            // is part of another label ("Total Qty", "Tax Amount in words").
            var match = label.Matches(span.Text).FirstOrDefault(found => found.Index <= 2 || !span.Text[..found.Index].Any(char.IsLetter));
            if (match is null)
            {
                continue;
            }

            var rest = span.From(match.Index + match.Length).Concat(phrases.Skip(p + 1).SelectMany(phrase => phrase.Words)).ToList();
            var right = UpToNextLabel(rest);
            if (IsTaxHead(kind) && PrintedAgain(label, rest[right.Count..]))
            {
                // The head printed again with its own figure on the same line: side-by-side columns (parts | labour),
                // each with its own tax. Neither is the invoice's.
                yield break;
            }

            if (IsTaxHead(kind) && HeadsAnotherColumn(kind, right))
            {
                yield break;
            }

            var negative = Minus().IsMatch(span.Text) || Minus().IsMatch(string.Join(' ', right.Select(word => word.Text)));
            if (AmountsIn(string.Join(' ', right.Select(word => word.Text))) is [var first, ..] amounts)
            {
                var last = amounts[^1];
                var words = right.Where(word => word.Text.Any(char.IsAsciiDigit)).ToList();
                var accuracy = text.AccuracyOf(page.PageNumber, words.Count == 0 ? 0 : words.Min(word => word.Confidence));

                // A discount is what is taken off, whatever sign it is printed with; a rounding is added as signed.
                var signed = kind == AmountKind.Discount ? Math.Abs(last) : negative && kind == AmountKind.Rounding && last > 0 ? -last : last;
                yield return new AmountCandidate(kind, signed, accuracy, priority, $"labelled '{match.Value.Trim()}'", page.PageNumber, index);
                if (IsTaxHead(kind) && amounts.Count == 2 && first > 0 && first < last)
                {
                    yield return new AmountCandidate(kind, first, accuracy, Unlabelled, $"labelled '{match.Value.Trim()}'{NearerOfTwo}", page.PageNumber, index);
                }

                yield break;
            }

            if (kind == AmountKind.Total && priority >= PlainPayable && !right.Any(word => word.Text.Any(char.IsAsciiDigit)) && Under(page, index, span.Covering(match.Index, match.Index + match.Length)) is { } under)
            {
                yield return new AmountCandidate(kind, under.Amount, text.AccuracyOf(page.PageNumber, under.Confidence), priority - 1, $"under '{match.Value.Trim()}'", page.PageNumber, index);
                yield break;
            }
        }
    }

    /// <summary>
    /// A label wrapped in its narrow cell ("Total Invoice" over "Amount") with its figure beside the first line: the
    /// short phrase and the word or two right under it make the label only together.
    /// </summary>
    private static AmountCandidate? WrappedLabel(DocumentText text, PageReading page, int index)
    {
        var phrases = page.Lines[index].Phrases;
        for (var p = 0; p < phrases.Count - 1; p++)
        {
            var first = phrases[p];
            if (first.Text.Any(char.IsAsciiDigit) || LabelFinder.Stacked(page.Lines, index, first) is not var (line, part)
                || page.Lines[line].Phrases[part] is not { } under
                || under.Words.Count > 2 || under.Text.Any(char.IsAsciiDigit) || under.Box.Top - first.Box.Bottom >= first.Box.Height)
            {
                continue;
            }

            var joined = $"{first.Text} {under.Text}";
            foreach (var (kind, priority, label) in Labels)
            {
                if (label.Match(joined) is { Success: true, Index: 0 } match && match.Length > first.Text.Length
                    && phrases[p + 1].Words.Where(word => word.Text.Any(char.IsAsciiDigit)).ToList() is [_, ..] figures
                    && AmountsIn(string.Join(' ', figures.Select(word => word.Text))) is [.., var amount])
                {
                    var accuracy = text.AccuracyOf(page.PageNumber, figures.Min(word => word.Confidence));
                    return new AmountCandidate(kind, amount, accuracy, priority, $"labelled '{match.Value.Trim()}', wrapped in its cell", page.PageNumber, index);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A tax head followed, before any figure, by another head or another field's label ("CGST (₹)  SGST (₹)  IGST (₹)
    /// TOTAL QUANTITY: 33"): a row of column headings, whose first figure belongs to the last label, not to the head.
    /// </summary>
    private static bool HeadsAnotherColumn(AmountKind head, List<Word> right)
    {
        var beforeFigure = right.TakeWhile(word => !word.Text.Any(char.IsAsciiDigit)).ToList();
        var text = string.Join(' ', beforeFigure.Select(word => word.Text));
        return HeadNames.Any(other => other.Key != head && other.Value.IsMatch(text))
            || beforeFigure.Any(word => word.Text.EndsWith(':') && word.Text.Count(char.IsLetter) >= 3);
    }

    /// <summary>CGST, SGST or IGST: a head of GST, as opposed to a total of tax.</summary>
    public static bool IsTaxHead(AmountKind kind) => kind is AmountKind.Cgst or AmountKind.Sgst or AmountKind.Igst;

    /// <summary>The lines name <paramref name="head"/> (CGST, SGST or IGST) somewhere, in any of its printed forms.</summary>
    public static bool NameHead(IEnumerable<TextLine> lines, AmountKind head) => lines.Any(line => HeadNames[head].IsMatch(line.Text));

    /// <summary>The label matched again in <paramref name="words"/>, with a figure after it.</summary>
    private static bool PrintedAgain(Regex label, List<Word> words)
    {
        var text = string.Join(' ', words.Select(word => word.Text));
        return label.Match(text) is { Success: true } again && AmountsIn(text[(again.Index + again.Length)..]).Count > 0;
    }

    /// <summary>
    /// The amount alone in the cell under a payable label that heads a column of a summary row ("Previous Balance |
    /// Current Charges | Amount Payable" over their figures): on the next line, overlapping the label.
    /// </summary>
    private static (decimal Amount, double Confidence)? Under(PageReading page, int index, List<Word> label)
    {
        if (index + 1 >= page.Lines.Count || label.Count == 0)
        {
            return null;
        }

        var box = label.Skip(1).Aggregate(label[0].Box, (union, word) => union.Union(word.Box));
        var cell = page.Lines[index + 1].Words.Where(word => word.Box.HorizontalOverlap(box) > 0).ToList();
        if (cell.Count > 0 && !cell.Exists(word => word.Text.Any(char.IsAsciiDigit)) && index + 2 < page.Lines.Count)
        {
            // A sub-header under the label ("Amount Payable" over "Till Due Date" and "After Due Date"): the figure is
            // the first sub-column's, the amount due without a late charge.
            var first = page.Lines[index + 1].Phrases.First(phrase => phrase.Words.Contains(cell[0])).Box;
            cell = [.. page.Lines[index + 2].Words.Where(word => word.Box.HorizontalOverlap(first) > 0)];
        }

        return cell is [var word] && ColumnHeader.IsNumeric(word.Text) && AmountsIn(word.Text) is [var amount] ? (amount, word.Confidence) : null;
    }

    /// <summary>The words of a label's value: up to where the next label on the line starts, once a figure has been seen.</summary>
    private static List<Word> UpToNextLabel(List<Word> words)
    {
        var span = new WordSpan(words);
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words.Take(i).Any(word => word.Text.Any(char.IsAsciiDigit))
                && Labels.Any(spec => spec.Label.Match(span.Text, offset) is { Success: true } next && next.Index == offset))
            {
                return words[..i];
            }

            offset += words[i].Text.Length + 1;
        }

        return words;
    }

    /// <summary>The amounts of a "Total" row, each named by its column's header ("Taxable Value", "CGST Amount", "Total").</summary>
    private static IEnumerable<AmountCandidate> ByColumn(DocumentText text, PageReading page, int index, int priority, IEnumerable<Phrase> cells)
    {
        var line = page.Lines[index];

        // Cells that wrap put part of the row's figures half a line above or below it.
        var wrapped = new[] { index - 1, index + 1 }
            .Where(other => other >= 0 && other < page.Lines.Count && Math.Abs(page.Lines[other].Box.CenterY - line.Box.CenterY) < line.Box.Height)
            .SelectMany(other => page.Lines[other].Words);
        var columns = cells.SelectMany(phrase => phrase.Words).Concat(wrapped)
            .Where(word => ColumnHeader.IsNumeric(word.Text) && AmountsIn(word.Text) is [_])
            .Select(word => (word, header: ColumnHeader.Above(page.Lines, index, word.Box)))
            .Select(cell => (cell.word, cell.header, kind: KindOfColumn(cell.header)))
            .ToList();

        // A bare "Amount" column between the items and a tax column, in a table that ends in a total, is the value before tax.
        var firstTax = columns.Where(cell => cell.kind is AmountKind.Cgst or AmountKind.Sgst or AmountKind.Igst).Select(cell => cell.word.Box.Left).DefaultIfEmpty(int.MinValue).Min();
        var hasTotal = columns.Exists(cell => cell.kind == AmountKind.Total);
        foreach (var (word, header, named) in columns)
        {
            var kind = named ?? (hasTotal && word.Box.Right <= firstTax && BareAmount().IsMatch(header) ? AmountKind.Taxable : null);
            if (kind is not null)
            {
                yield return new AmountCandidate(kind.Value, AmountsIn(word.Text)[0], text.AccuracyOf(page.PageNumber, word.Confidence), priority, $"{(priority == Unlabelled ? "unlabelled total row" : "total row")}, column '{header}'", page.PageNumber, index);
            }
        }
    }

    /// <summary>What a column header says its amounts are; null for rates, quantities and anything else.</summary>
    private static AmountKind? KindOfColumn(string header)
    {
        // "S.G.S.T." is SGST.
        var h = header.ToUpperInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
        return h switch
        {
            // "IGST@18%" alone heads the tax charged at that rate: its figures are the tax, not the rate.
            _ when TaxAtRate().Match(h) is { Success: true } tax => tax.Groups[1].Value switch { "IGST" => AmountKind.Igst, "CGST" => AmountKind.Cgst, _ => AmountKind.Sgst },
            _ when h.Contains('%', StringComparison.Ordinal) && !h.Contains("AMOUNT", StringComparison.Ordinal) && !h.Contains("AMT", StringComparison.Ordinal) => null,
            _ when h.Contains("RATE", StringComparison.Ordinal) && !h.Contains("AMOUNT", StringComparison.Ordinal) && !h.Contains("AMT", StringComparison.Ordinal) => null,
            _ when h.Contains("QTY", StringComparison.Ordinal) || h.Contains("QUANTITY", StringComparison.Ordinal) || h.Contains("CESS", StringComparison.Ordinal) => null,
            _ when h.Contains("NON", StringComparison.Ordinal) && h.Contains("TAXAB", StringComparison.Ordinal) => AmountKind.NonTaxable,
            _ when h.Contains("EXEMPT", StringComparison.Ordinal) => AmountKind.NonTaxable,
            _ when h.Contains("CGST", StringComparison.Ordinal) || h.Contains("CENTRAL", StringComparison.Ordinal) => AmountKind.Cgst,
            _ when h.Contains("SGST", StringComparison.Ordinal) || h.Contains("UTGST", StringComparison.Ordinal) || h.Contains("STATE", StringComparison.Ordinal) => AmountKind.Sgst,
            _ when h.Contains("IGST", StringComparison.Ordinal) || h.Contains("INTEGRATED", StringComparison.Ordinal) => AmountKind.Igst,
            _ when h.Contains("TAXAB", StringComparison.Ordinal) || h.Contains("ASSESSABLE", StringComparison.Ordinal) => AmountKind.Taxable,
            _ when h.Contains("TOTAL TAX", StringComparison.Ordinal) || h.Contains("TAX AMOUNT", StringComparison.Ordinal) => AmountKind.TotalTax,
            _ when h.Contains("TOTAL", StringComparison.Ordinal) || h.Contains("INVOICE VALUE", StringComparison.Ordinal) => AmountKind.Total,
            _ => null,
        };
    }

    private static Regex Label(string alternatives) => LabelFinder.Label(alternatives);

    /// <summary>A rate: "9 %", "(9%)", "@ 18%", "@18", "18.00%".</summary>
    [GeneratedRegex(@"@\s*\d+(?:\.\d+)?\s*%?|\(?\s*\d{1,2}(?:\.\d{1,3})?\s*%\s*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    /// <summary>A quantity with its unit: "805 KGS", "16.00 Nos", "30ltrs".</summary>
    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s*(?:KGS?|NOS?|PCS|PKT|MTRS?|MTS|MT|TNS|TON|LTRS?|LTR|BAGS?|BOX|SETS?|UNITS?|DOZ(?:ENS?)?|SQ\s*MTR|CTN|ROLLS?|PRS)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\s*(?:Amount|Amt|Value)\s*(?:\(?\s*(?:Rs\.?|INR|₹)\s*\)?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareAmount();

    [GeneratedRegex(@"^\s*(IGST|CGST|SGST|UTGST)\s*@\s*\d{1,2}(?:\.\d{1,2})?\s*%?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TaxAtRate();

    [GeneratedRegex(@"in\s*words", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InWords();

    /// <summary>"(-)", "Less" or a leading minus: a deduction.</summary>
    [GeneratedRegex(@"\(\s*-\s*\)|\bLess\b|^\s*-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Minus();
}
