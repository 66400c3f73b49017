using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Figures stacked without labels under a "Total" row's amount, in its column: the tax, then the invoice total
/// ("Total 4478638.40" over "806154.91" over "5284793.31"). Nothing names them but their arithmetic, so they are
/// taken only when the row's amount and the taxes add up exactly to the last figure: the row's amount is then the
/// taxable value, one figure between is the tax, two equal ones are CGST and SGST.
/// </summary>
internal static class StackedTotals
{
    /// <summary>Priority of the stacked total: confirmed by its sum, as plain as a "Total Amount" label.</summary>
    private const int StackedTotal = 6;

    /// <summary>Priority of the taxable value and taxes, as figures of a "Total" row named by their place.</summary>
    private const int StackedPart = 5;

    /// <summary>The row's amount, at most two taxes and the total.</summary>
    private const int MostFiguresUnder = 3;

    private const string Evidence = "stacked under the total row, adding up";

    /// <summary>The candidates of the stack under the "Total" row at <paramref name="index"/>; none unless it adds up.</summary>
    public static IEnumerable<AmountCandidate> Read(DocumentText text, PageReading page, int index)
    {
        if (Figure(page.Lines[index].Words.LastOrDefault()) is not { } row)
        {
            return [];
        }

        var stack = new List<(Word Word, decimal Amount)>();
        for (var next = index + 1; next < page.Lines.Count && stack.Count < MostFiguresUnder; next++)
        {
            var words = page.Lines[next].Words.Where(word => word.Text.Any(char.IsLetterOrDigit)).ToList();
            if (words is not [var word] || word.Box.HorizontalOverlap(row.Word.Box) == 0 || Figure(word) is not { } figure)
            {
                break;
            }

            stack.Add(figure);
        }

        if (stack.Count < 2 || stack.Any(figure => figure.Amount <= 0) || row.Amount + stack[..^1].Sum(figure => figure.Amount) != stack[^1].Amount)
        {
            return [];
        }

        AmountKind[]? taxes = stack.Count switch
        {
            2 => [AmountKind.TotalTax],
            _ when stack[0].Amount == stack[1].Amount => [AmountKind.Cgst, AmountKind.Sgst],
            _ => null,
        };
        if (taxes is null)
        {
            return [];
        }

        AmountCandidate Candidate(AmountKind kind, (Word Word, decimal Amount) figure, int priority) =>
            new(kind, figure.Amount, text.AccuracyOf(page.PageNumber, figure.Word.Confidence), priority, Evidence, page.PageNumber, index);
        return [
            Candidate(AmountKind.Taxable, row, StackedPart),
            .. taxes.Select((kind, i) => Candidate(kind, stack[i], StackedPart)),
            Candidate(AmountKind.Total, stack[^1], StackedTotal)];
    }

    /// <summary>A word that is one amount and nothing else.</summary>
    private static (Word Word, decimal Amount)? Figure(Word? word) =>
        word is not null && ColumnHeader.IsNumeric(word.Text) && AmountCandidates.AmountsIn(word.Text) is [var amount] ? (word, amount) : null;
}
