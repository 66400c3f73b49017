using System.Globalization;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Chooses the invoice's totals from every candidate reading (<see cref="AmountCandidates"/>) by the checks a
/// clerk would make: taxable value + taxes + non-taxable charges − discount ± rounding = total; the amount in
/// words, an independent reading of the total (and of the tax when printed); the tax summary table's row;
/// the line items' sum. A total is never negative unless the document is a credit note. Agreement raises a
/// value's accuracy, disagreement lowers it.
/// </summary>
internal static partial class InvoiceTotals
{
    /// <summary>A total within this of the sum, without a printed rounding line, is the sum rounded to the rupee.</summary>
    private const decimal RoundingTolerance = 0.99m;

    private const decimal Exact = 0.011m;

    private const string InWords = "amount in words";

    private const string OnlyItem = "the only line item's taxable value";

    /// <summary>Labels at least this plain ("Total Amount", "Grand Total") name the total outright.</summary>
    private const int PlainTotal = 6;

    private static readonly decimal[] GstRates = [0.25m, 1m, 1.5m, 2.5m, 3m, 5m, 6m, 9m, 12m, 14m, 18m, 28m];

    private static readonly string[] TaxKeys = ["total_cgst_amount", "total_sgst_amount", "total_igst_amount"];

    public static void Read(DocumentText text, FieldSet fields, IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> items, bool creditNote)
    {
        var candidates = AmountCandidates.Read(text)
            .Select(candidate => creditNote ? candidate with { Amount = Math.Abs(candidate.Amount) } : candidate)
            .Where(candidate => candidate.Amount >= 0 || candidate.Kind is AmountKind.Rounding)
            .ToList();
        var words = AmountInWordsReader.Read(text);
        var totalInWords = words.FirstOrDefault(reading => !reading.IsTax);
        var taxInWords = words.FirstOrDefault(reading => reading.IsTax);
        var itemsTaxable = ItemsSum(items, "item_taxable_value");

        var best = Combinations([.. candidates, .. WithoutSignReadAsTwo(text, candidates), .. OnlyItemsTaxable(text, items, candidates)], totalInWords)
            .Where(sum => sum.Consistent)
            .MaxBy(sum => Score(sum, totalInWords, taxInWords, itemsTaxable));
        if (best is not null)
        {
            SetFromSum(fields, best, totalInWords, taxInWords);
        }
        else if (TotalOverWordsBeforeTax(text, candidates, totalInWords) is var (total, tax))
        {
            SetUnchecked(text, fields, candidates, totalInWords: null, ItemsFloor(items));
            foreach (var key in TaxKeys.Append("total_tax_amount"))
            {
                fields.Remove(key);
            }

            SetHeads(fields, tax, taxAgrees: false);
            fields.Set("invoice_amount", total.Amount, FieldAccuracy.Contradicted(total.Accuracy), total.Evidence);
        }
        else
        {
            SetUnchecked(text, fields, candidates, totalInWords, ItemsFloor(items));
            SetImplied(text, fields, candidates);
        }

        TaxOfTheOnlyHead(text, fields);
        CompleteTaxes(fields);
        if (itemsTaxable is { } sum && fields.Amount("total_taxable") is { } taxable && Math.Abs(sum - taxable) <= 0.05m)
        {
            fields.Rescore("total_taxable", FieldAccuracy.CrossChecked, "line items add up to it");
        }
    }

    /// <summary>
    /// Every way the candidates could add up to a total: for each total reading (and the amount in words), each
    /// taxable value (a pre-tax total counts too), each tax regime's heads, and the optional lines.
    /// </summary>
    private static IEnumerable<Sum> Combinations(List<AmountCandidate> candidates, WordsReading? totalInWords)
    {
        List<AmountCandidate> Of(AmountKind kind) => OfKind(candidates, kind);
        // An unlabelled row's sum may be a taxable value or a check, never the total itself.
        List<AmountCandidate> totals = [.. candidates.Where(candidate => candidate.Kind == AmountKind.Total && candidate.Priority > AmountCandidates.Unlabelled).DistinctBy(candidate => candidate.Amount)];
        if (totalInWords is not null && !totals.Exists(total => total.Amount == totalInWords.Amount))
        {
            totals.Add(new AmountCandidate(AmountKind.Total, totalInWords.Amount, totalInWords.Accuracy, 7, InWords, totalInWords.PageNumber, int.MaxValue));
        }

        var taxables = Of(AmountKind.Taxable).Concat(candidates.Where(candidate => candidate.Kind == AmountKind.Total && candidate.Priority <= 6)).DistinctBy(candidate => candidate.Amount).ToList();
        var taxes = TaxOptions(Of(AmountKind.Cgst), Of(AmountKind.Sgst), Of(AmountKind.Igst), Of(AmountKind.TotalTax)).ToList();
        List<AmountCandidate?> Optional(AmountKind kind) => [null, .. Of(kind)];
        foreach (var total in totals)
        {
            foreach (var taxable in taxables.Where(taxable => taxable.Amount != total.Amount))
            {
                foreach (var tax in taxes)
                {
                    foreach (var nonTaxable in Optional(AmountKind.NonTaxable))
                    {
                        foreach (var discount in Optional(AmountKind.Discount))
                        {
                            foreach (var rounding in Optional(AmountKind.Rounding))
                            {
                                yield return new Sum(total, taxable, tax, nonTaxable, discount, rounding);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Tesseract's English model has no "₹": on a page read from pixels the sign glued to a figure is often read as a 2
    /// ("₹13,000.00" as "213,000.00"). Each figure starting with a 2 is offered once more without it, a little less
    /// preferred; such a reading can only join a sum that adds up, never stand alone.
    /// </summary>
    private static IEnumerable<AmountCandidate> WithoutSignReadAsTwo(DocumentText text, List<AmountCandidate> candidates)
    {
        foreach (var candidate in candidates.Where(candidate => candidate.Amount > 0 && !text.IsTextLayer(candidate.PageNumber)))
        {
            // A digit after the 2 leaves a figure of its own without a leading zero: "213650.00", not "2.50" or "20.00".
            var digits = AmountText.Canonical(candidate.Amount);
            if (digits is ['2', >= '1' and <= '9', ..])
            {
                var rest = decimal.Parse(digits[1..], CultureInfo.InvariantCulture);
                yield return candidate with { Amount = rest, Priority = candidate.Priority - 1, Evidence = $"{candidate.Evidence}; its leading 2 taken for a ₹ sign" };
            }
        }
    }

    /// <summary>
    /// The taxable value of an invoice's only line item, as a taxable value for sums that add up: a marketplace invoice
    /// prints its net amount only on the item row, and its total row only the tax and the total. It checks the total
    /// and the taxes; it is no printed taxable total, so it is not reported as one.
    /// </summary>
    private static IEnumerable<AmountCandidate> OnlyItemsTaxable(DocumentText text, IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> items, List<AmountCandidate> candidates)
    {
        // A labelled figure of the same amount is the printed taxable value; this one would only shadow it.
        if (items is [var item] && item.GetValueOrDefault("item_taxable_value") is { Value: decimal taxable and > 0 } field
            && !candidates.Exists(candidate => candidate.Amount == taxable && candidate.Priority > AmountCandidates.Unlabelled))
        {
            yield return new AmountCandidate(AmountKind.Taxable, taxable, field.Accuracy, AmountCandidates.Unlabelled, OnlyItem, text.Pages[0].PageNumber, int.MaxValue);
        }
    }

    /// <summary>The candidates of one kind, one per amount.</summary>
    private static List<AmountCandidate> OfKind(List<AmountCandidate> candidates, AmountKind kind) =>
        [.. candidates.Where(candidate => candidate.Kind == kind).DistinctBy(candidate => candidate.Amount)];

    /// <summary>The ways taxes can be printed: CGST with SGST, IGST alone, or only a total tax.</summary>
    private static IEnumerable<TaxHeads> TaxOptions(List<AmountCandidate> cgst, List<AmountCandidate> sgst, List<AmountCandidate> igst, List<AmountCandidate> totalTax)
    {
        foreach (var c in cgst)
        {
            foreach (var s in sgst)
            {
                yield return new TaxHeads(c, s, null, totalTax.Find(x => x.Amount == c.Amount + s.Amount));
            }
        }

        foreach (var i in igst.Where(i => i.Amount > 0))
        {
            yield return new TaxHeads(null, null, i, totalTax.Find(x => x.Amount == i.Amount));
        }

        foreach (var x in totalTax.Where(x => x.Amount > 0))
        {
            yield return new TaxHeads(null, null, null, x);
        }
    }

    private static double Score(Sum sum, WordsReading? totalInWords, WordsReading? taxInWords, decimal? itemsTaxable)
    {
        var score = sum.Total.Priority + (sum.Taxable?.Priority ?? 0) / 10.0 + (sum.Total.LineIndex == int.MaxValue ? 0 : sum.Total.LineIndex / 10_000.0);
        score += totalInWords?.Amount == sum.Total.Amount ? 25 : 0;
        score += taxInWords is not null && taxInWords.Amount == sum.Tax.Amount ? 5 : 0;
        score += itemsTaxable is not null && itemsTaxable == sum.Taxable?.Amount && sum.Taxable.Evidence != OnlyItem ? 3 : 0;
        return score;
    }

    private static void SetFromSum(FieldSet fields, Sum sum, WordsReading? totalInWords, WordsReading? taxInWords)
    {
        var wordsAgree = totalInWords?.Amount == sum.Total.Amount;
        var fromWords = sum.Total.Evidence == InWords;
        var totalAccuracy = FieldAccuracy.CrossChecked(sum.Total.Accuracy);
        totalAccuracy = wordsAgree && !fromWords ? FieldAccuracy.CrossChecked(totalAccuracy)
            : totalInWords is not null && !wordsAgree ? FieldAccuracy.Contradicted(totalAccuracy)
            : totalAccuracy;
        var evidence = fromWords ? "amount in words; taxable + taxes add up to it"
            : $"{sum.Total.Evidence}; taxable + taxes add up{(wordsAgree ? "; amount in words agrees" : totalInWords is null ? string.Empty : "; amount in words disagrees")}";
        fields.Set("invoice_amount", sum.Total.Amount, totalAccuracy, evidence, fromWords ? FieldSource.AmountInWords : FieldSource.Printed);
        if (sum.Taxable!.Evidence != OnlyItem)
        {
            Set(fields, "total_taxable", sum.Taxable, FieldAccuracy.CrossChecked(sum.Taxable.Accuracy), "adds up to the total");
        }

        SetHeads(fields, sum.Tax, taxInWords is not null && taxInWords.Amount == sum.Tax.Amount);
        fields.SetIfMissing("total_tax_amount", sum.Tax.Amount, FieldAccuracy.CrossChecked(sum.Total.Accuracy), "sum of the tax heads", FieldSource.Computed);
        if (sum.Discount is { } discount)
        {
            Set(fields, "total_discount", discount, FieldAccuracy.CrossChecked(discount.Accuracy), "adds up to the total");
        }

        if (sum.Rounding is { } rounding)
        {
            Set(fields, "rounding_amount", rounding, FieldAccuracy.CrossChecked(rounding.Accuracy), "adds up to the total");
        }
        else
        {
            fields.Set("rounding_amount", Math.Round(sum.Difference, 2), totalAccuracy, "total minus taxable and taxes", FieldSource.Computed);
        }
    }

    /// <summary>The tax heads of a sum that adds up to the total.</summary>
    private static void SetHeads(FieldSet fields, TaxHeads tax, bool taxAgrees)
    {
        foreach (var (key, head) in new[] { ("total_cgst_amount", tax.Cgst), ("total_sgst_amount", tax.Sgst), ("total_igst_amount", tax.Igst), ("total_tax_amount", tax.Total) })
        {
            if (head is not null)
            {
                var accuracy = FieldAccuracy.CrossChecked(head.Accuracy);
                Set(fields, key, head, taxAgrees ? FieldAccuracy.CrossChecked(accuracy) : accuracy, taxAgrees ? "adds up to the total; tax in words agrees" : "adds up to the total");
            }
        }
    }

    /// <summary>
    /// No sum adds up: each field takes its plainest label, the total checked only against the words and the line items
    /// (a total below <paramref name="itemsFloor"/> is some other figure beside a "Total" label: a quantity, a count).
    /// </summary>
    private static void SetUnchecked(DocumentText text, FieldSet fields, List<AmountCandidate> candidates, WordsReading? totalInWords, decimal itemsFloor)
    {
        // Unconfirmed, a figure equal to a GST rate is likelier the rate (its "%" lost) than an amount.
        AmountCandidate? Plainest(AmountKind kind)
        {
            var plainest = candidates.Where(candidate => candidate.Kind == kind && candidate.Priority > AmountCandidates.Unlabelled && (kind is AmountKind.Taxable or AmountKind.Discount or AmountKind.Rounding || !GstRates.Contains(candidate.Amount)))
                .OrderByDescending(candidate => candidate.Priority).ThenByDescending(candidate => candidate.PageNumber).ThenByDescending(candidate => candidate.LineIndex).ToList();

            // A tax head printed with different amounts under equally plain labels (one line per rate, or per column of
            // charges) and no total of it: nothing says which, if any, is the invoice's.
            return AmountCandidates.IsTaxHead(kind) && plainest.TakeWhile(candidate => candidate.Priority == plainest[0].Priority).DistinctBy(candidate => candidate.Amount).Skip(1).Any()
                ? null
                : plainest.FirstOrDefault();
        }

        foreach (var (key, kind) in new[] { ("total_taxable", AmountKind.Taxable), ("total_cgst_amount", AmountKind.Cgst), ("total_sgst_amount", AmountKind.Sgst), ("total_igst_amount", AmountKind.Igst), ("total_tax_amount", AmountKind.TotalTax), ("total_discount", AmountKind.Discount), ("rounding_amount", AmountKind.Rounding) })
        {
            // On a page read wholly from pixels, a taxable value or tax that adds up with nothing may be any figure beside
            // its label (a rate, a figure of the next line): it is left unread rather than reported unchecked.
            if (Plainest(kind) is { } found && (text.Page(found.PageNumber).Origin != TextOrigin.Ocr || kind is AmountKind.Discount or AmountKind.Rounding))
            {
                Set(fields, key, found, found.Accuracy, "does not add up with the other totals");
            }
        }

        var total = Plainest(AmountKind.Total) is { } plainest && plainest.Amount >= itemsFloor ? plainest : null;
        var agreeing = candidates.Where(candidate => candidate.Kind == AmountKind.Total && candidate.Amount == totalInWords?.Amount).MaxBy(candidate => candidate.Priority);
        if (agreeing is not null)
        {
            fields.Set("invoice_amount", agreeing.Amount, FieldAccuracy.CrossChecked(agreeing.Accuracy), $"{agreeing.Evidence}; amount in words agrees");
        }
        else if (total is not null && (totalInWords is null || (text.IsTextLayer(total.PageNumber) && total.Priority >= PlainTotal)))
        {
            // An exact figure under a plain total label outweighs words that disagree (typed by hand on templates).
            var contradicted = totalInWords is not null;
            fields.Set("invoice_amount", total.Amount, contradicted ? FieldAccuracy.Contradicted(total.Accuracy) : Unconfirmed(text, total), contradicted ? $"{total.Evidence}; amount in words disagrees" : total.Evidence);
        }
        else if (totalInWords is not null)
        {
            // Words that read cleanly outweigh a figure OCR may have misread, or a figure in a font without text. Where no
            // label names a total, the same figure printed anywhere (beside a label a photo cut off) is a second reading.
            if (total is not null)
            {
                fields.Set("invoice_amount", totalInWords.Amount, FieldAccuracy.Contradicted(totalInWords.Accuracy),
                    $"amount in words; the figure read ({AmountText.Canonical(total.Amount)}) disagrees", FieldSource.AmountInWords);
            }
            else if (text.AllLines.Any(line => AmountText.All(line.Text).Contains(totalInWords.Amount)))
            {
                fields.Set("invoice_amount", totalInWords.Amount, FieldAccuracy.CrossChecked(totalInWords.Accuracy), "amount in words; the same figure is printed", FieldSource.AmountInWords);
            }
            else
            {
                fields.Set("invoice_amount", totalInWords.Amount, totalInWords.Accuracy, "amount in words (no figure read)", FieldSource.AmountInWords);
            }
        }
    }

    /// <summary>
    /// A total of tax with no head's total printed, on an invoice that names IGST and no other head (a marketplace
    /// invoice's rows each say "IGST" in a tax-type column, its total row gives only the tax): the total is the IGST.
    /// CGST and SGST are not split from a total this way: their halves are printed, or rounded, line by line.
    /// </summary>
    private static void TaxOfTheOnlyHead(DocumentText text, FieldSet fields)
    {
        if (fields["total_tax_amount"] is { Value: decimal tax, Source: FieldSource.Printed } total && tax > 0 && TaxKeys.All(key => fields[key] is null)
            && AmountCandidates.NameHead(text.AllLines, AmountKind.Igst)
            && !AmountCandidates.NameHead(text.AllLines, AmountKind.Cgst) && !AmountCandidates.NameHead(text.AllLines, AmountKind.Sgst))
        {
            fields.Set("total_igst_amount", tax, total.Accuracy, $"{total.Evidence}; IGST is the only head the invoice names");
        }
    }

    /// <summary>An intra-state invoice prints no IGST and an inter-state one no CGST/SGST: the missing heads are zero.</summary>
    private static void CompleteTaxes(FieldSet fields)
    {
        var printed = TaxKeys.Where(key => fields[key] is not null).ToList();
        if (printed.Count == 0)
        {
            return;
        }

        var accuracy = printed.Min(key => fields[key]!.Accuracy);
        foreach (var key in TaxKeys.Except(printed))
        {
            fields.Set(key, 0m, FieldAccuracy.Guessed(accuracy), "not printed: zero under this tax regime", FieldSource.Computed);
        }

        fields.SetIfMissing("total_tax_amount", TaxKeys.Sum(key => fields.Amount(key) ?? 0), accuracy, "sum of the tax heads", FieldSource.Computed);
    }

    /// <summary>
    /// A total read from pixels that nothing confirms: its figure may be read right and still be some other figure beside
    /// a total label (a column's sum, a count), so its accuracy is a guess's. Such totals were right 7 times in 10 on the
    /// printed scans and photos of the real corpus and the development set, most of them read with a confidence over 90.
    /// </summary>
    private static double Unconfirmed(DocumentText text, AmountCandidate total) =>
        text.IsTextLayer(total.PageNumber) ? total.Accuracy : FieldAccuracy.Guessed(total.Accuracy);

    private static void Set(FieldSet fields, string key, AmountCandidate candidate, double accuracy, string why) =>
        fields.Set(key, candidate.Amount, accuracy, $"{candidate.Evidence}; {why}");

    /// <summary>
    /// Half of what the line items read add up to (their taxable values, else their amounts): no invoice's total is less,
    /// short of an invoice-wide discount of half its goods. Half, not all, leaves room for such discounts and for an
    /// item row that is none.
    /// </summary>
    private static decimal ItemsFloor(IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> items) =>
        items.Sum(item => item.GetValueOrDefault("item_taxable_value")?.Value as decimal? ?? item.GetValueOrDefault("item_amount")?.Value as decimal? ?? 0) / 2;

    private static decimal? ItemsSum(IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> items, string key) =>
        items.Count > 0 && items.All(item => item.GetValueOrDefault(key)?.Value is decimal) ? items.Sum(item => (decimal)item[key].Value) : null;

    private sealed record TaxHeads(AmountCandidate? Cgst, AmountCandidate? Sgst, AmountCandidate? Igst, AmountCandidate? Total)
    {
        public decimal Amount => Cgst is not null ? Cgst.Amount + (Sgst?.Amount ?? 0) : Igst?.Amount ?? Total?.Amount ?? 0;
    }

    /// <summary>One way the totals could add up.</summary>
    private sealed record Sum(AmountCandidate Total, AmountCandidate? Taxable, TaxHeads Tax, AmountCandidate? NonTaxable, AmountCandidate? Discount, AmountCandidate? Rounding)
    {
        public decimal Difference => Total.Amount - ((Taxable?.Amount ?? 0) + Tax.Amount + (NonTaxable?.Amount ?? 0) - (Discount?.Amount ?? 0) + (Rounding?.Amount ?? 0));

        /// <summary>
        /// Adds up, with a tax in it (a total equal to a taxable value alone proves nothing) and a taxable value for
        /// it to be levied on (a tax is a rate of the value: a zero beside "Total" and a tax equal to the total prove
        /// nothing either).
        /// </summary>
        public bool Consistent => Taxable is { Amount: > 0 } && Tax.Amount > 0
            && (Math.Abs(Difference) <= Exact || (Rounding is null && Math.Abs(Difference) <= RoundingTolerance));
    }
}
