using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

internal static partial class InvoiceTotals
{
    /// <summary>
    /// A printed figure this close to the total less its taxes is the value they were levied on: a tax printed to ten
    /// paise ("₹1229.6") leaves a few paise over.
    /// </summary>
    private const decimal FewPaise = 0.05m;

    /// <summary>
    /// The rates GST is charged at, in per cent, CGST and SGST together. A figure the taxes are not one of these rates of
    /// is another row of the table (a product's total beside the shipping row's), not their taxable value.
    /// </summary>
    private static readonly decimal[] FullGstRates = [0.1m, 0.25m, 1m, 1.5m, 3m, 5m, 6m, 12m, 18m, 28m, 40m];

    /// <summary>Labels this plain name a value before tax ("Taxable Value", "Total Amount Before Tax"), unlike a "Sub Total".</summary>
    private const int PlainTaxable = 8;

    /// <summary>
    /// Where no labelled taxable value added up, the one the chosen total and its taxes imply, taken only when it is
    /// printed: a figure on the invoice equal to the total less its taxes and optional lines (a single service row
    /// with no taxable label, "Accommodation Charges ₹13,662.02" over "CGST @9% ₹1,229.6"); on a bill with no tax
    /// printed above zero, a value labelled as before tax that is the total to the rupee. The total stays as chosen.
    /// The taxes must be named by their heads: a total row's bare "Tax Amount" beside an item's net amount says only
    /// that the item row adds up, not that the invoice prints its taxable value.
    /// </summary>
    private static void SetImplied(DocumentText text, FieldSet fields, List<AmountCandidate> candidates)
    {
        if (fields["total_taxable"] is not null || fields["invoice_amount"] is not { Value: decimal amount } total || amount <= 0)
        {
            return;
        }

        List<AmountCandidate> Of(AmountKind kind) => OfKind(candidates, kind);
        List<AmountCandidate?> Optional(AmountKind kind) => [null, .. Of(kind)];
        List<AmountCandidate> labelled = [.. candidates.Where(candidate => candidate.Kind == AmountKind.Taxable).OrderByDescending(candidate => candidate.Priority).DistinctBy(candidate => candidate.Amount)];
        var taxables = labelled.Concat(PrintedFigures(text).Where(figure => !labelled.Exists(known => known.Amount == figure.Amount))).ToList();
        var untaxed = !candidates.Exists(candidate => IsTax(candidate.Kind) && candidate.Amount > 0);
        List<TaxHeads> taxes = [.. TaxOptions(Of(AmountKind.Cgst), Of(AmountKind.Sgst), Of(AmountKind.Igst), Of(AmountKind.TotalTax)).Where(tax => tax.Amount > 0 && (tax.Cgst ?? tax.Igst) is not null)];
        if (untaxed)
        {
            taxes.Add(new TaxHeads(null, null, null, null));
        }

        var chosen = new AmountCandidate(AmountKind.Total, amount, total.Accuracy, 0, total.Evidence, 0, int.MaxValue);
        var best = (
            from tax in taxes
            from taxable in taxables
            where Levied(tax.Amount, taxable)
            from nonTaxable in Optional(AmountKind.NonTaxable)
            from discount in Optional(AmountKind.Discount)
            from rounding in Optional(AmountKind.Rounding)
            let sum = new Sum(chosen, taxable, tax, nonTaxable, discount, rounding)
            where Math.Abs(sum.Difference) <= (rounding is not null ? Exact : tax.Amount > 0 ? FewPaise : RoundingTolerance)
            orderby Math.Abs(sum.Difference), taxable.Priority descending, taxable.PageNumber descending, taxable.LineIndex descending
            select sum).FirstOrDefault();
        if (best is null)
        {
            return;
        }

        var why = best.Tax.Amount > 0 ? "the total less its taxes" : "the total: no tax is charged";
        Set(fields, "total_taxable", best.Taxable!, FieldAccuracy.CrossChecked(best.Taxable!.Accuracy), why);
        if (best.Tax.Amount > 0)
        {
            // Heads set unchecked that are not in the sum did not add up: those that do replace them.
            foreach (var key in TaxKeys.Append("total_tax_amount"))
            {
                fields.Remove(key);
            }

            SetHeads(fields, best.Tax, taxAgrees: false);
        }
    }

    /// <summary>
    /// Where no figure is labelled as the total and the amount in words is a figure printed above a tax levied on it,
    /// the words spell the value before tax ("Total Amount : Rs. Twenty One Thousand One Hundred and Eighty Six Only"
    /// under 21186.00, "IGST @ 18% : 3814.00" and a bare 25000.00): the printed figure equal to the two together is
    /// what the buyer owes, and the tax adds up to it. Its accuracy says the words disagree. The value before tax is
    /// printed on the particulars row and in words only, as no total of its own, so it is not reported as the taxable
    /// total.
    /// </summary>
    private static (AmountCandidate Total, TaxHeads Tax)? TotalOverWordsBeforeTax(DocumentText text, List<AmountCandidate> candidates, WordsReading? words)
    {
        if (words is null || candidates.Exists(candidate => candidate.Kind == AmountKind.Total))
        {
            return null;
        }

        var figures = PrintedFigures(text).ToList();
        if (figures.Find(figure => figure.Amount == words.Amount) is not { } beforeTax)
        {
            return null;
        }

        return (
            from tax in TaxOptions(OfKind(candidates, AmountKind.Cgst), OfKind(candidates, AmountKind.Sgst), OfKind(candidates, AmountKind.Igst), OfKind(candidates, AmountKind.TotalTax))
            where tax.Amount > 0 && Levied(tax.Amount, beforeTax)
            from total in figures
            where total.Amount == beforeTax.Amount + tax.Amount
            let evidence = $"printed figure: the amount in words ({AmountText.Canonical(words.Amount)}) and its tax ({AmountText.Canonical(tax.Amount)}) together; the words spell the value before tax"
            select ((AmountCandidate Total, TaxHeads Tax)?)(total with { Kind = AmountKind.Total, Evidence = evidence }, tax))
            .FirstOrDefault();
    }

    /// <summary>
    /// Whether <paramref name="tax"/> can be levied on <paramref name="taxable"/>: a positive tax at one GST rate of it
    /// (to a paisa a line, or a hundredth of the tax), or no tax on a value labelled plainly as before tax.
    /// </summary>
    private static bool Levied(decimal tax, AmountCandidate taxable) =>
        tax > 0
            ? FullGstRates.Any(rate => Math.Abs((taxable.Amount * rate / 100) - tax) <= FewPaise + (tax / 100))
            : taxable.Kind == AmountKind.Taxable && taxable.Priority >= PlainTaxable;

    private static bool IsTax(AmountKind kind) => AmountCandidates.IsTaxHead(kind) || kind == AmountKind.TotalTax;

    /// <summary>Every figure printed on the invoice's pages, once each, the lowest kept: candidates no label names.</summary>
    private static IEnumerable<AmountCandidate> PrintedFigures(DocumentText text) =>
        text.Pages.SelectMany(page => page.Lines.SelectMany((line, index) => line.Words
                .Where(word => ColumnHeader.IsNumeric(word.Text) && word.Text.Any(char.IsAsciiDigit))
                .Select(word => (word, amounts: AmountCandidates.AmountsIn(word.Text)))
                .Where(figure => figure.amounts is [> 0])
                .Select(figure => new AmountCandidate(
                    AmountKind.Taxable, figure.amounts[0], text.AccuracyOf(page.PageNumber, figure.word.Confidence), 0, "printed figure", page.PageNumber, index))))
            .OrderByDescending(figure => figure.PageNumber).ThenByDescending(figure => figure.LineIndex)
            .DistinctBy(figure => figure.Amount);
}
