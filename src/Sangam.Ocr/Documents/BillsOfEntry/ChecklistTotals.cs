using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Documents.BillsOfEntry;

/// <summary>
/// The totals of an import checklist, which prints them without the bill of entry's "TOT. ASS VAL" / "TOT. DUTY"
/// labels: each page's figures end in a "Page Total" row and the last page's in a "BE Gross Total" row, the
/// assessable value left of the label and the duty right of it; the duty payable follows in words.
/// </summary>
internal static partial class ChecklistTotals
{
    public static void Read(DocumentText text, FieldSet header)
    {
        var gross = text.Pages.SelectMany(page => page.Lines.Select((line, index) => (page, line, index)))
            .LastOrDefault(found => GrossTotal().IsMatch(found.line.Text));
        if (gross.line is null)
        {
            return;
        }

        var label = GrossTotal().Match(gross.line.Text);
        var accuracy = text.AccuracyOf(gross.page.PageNumber, gross.line.Phrases.Min(phrase => phrase.Confidence));
        if (header["total_ass_val"] is null && AmountText.All(gross.line.Text[..label.Index]) is [.., var assessable])
        {
            header.Set("total_ass_val", AmountText.Canonical(assessable), accuracy, "left of 'Gross Total' (assessable value column)");
        }

        if (header["total_duty"] is not null || AmountText.All(gross.line.Text[(label.Index + label.Length)..]) is not [var duty])
        {
            return;
        }

        header.Set("total_duty", AmountText.Canonical(duty), accuracy, "right of 'Gross Total'");

        // "Duty Payable" with the amount in words under it: the amount to pay, an independent reading of the duty.
        var payable = gross.page.Lines.Skip(gross.index + 1).Take(3).ToList();
        var words = payable.SkipWhile(line => !DutyPayable().IsMatch(line.Text)).Skip(1).FirstOrDefault();
        if (header["total_amount"] is null && words is not null && AmountInWords.ParseComplete(words.Text) is { } inWords && inWords == duty)
        {
            header.Set("total_amount", AmountText.Canonical(inWords), FieldAccuracy.CrossChecked(accuracy), "duty payable in words; equals the gross total duty");
        }
    }

    [GeneratedRegex(@"\b(?:BE\s*)?Gross\s*Total\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GrossTotal();

    [GeneratedRegex(@"^\s*Duty\s*Payable\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DutyPayable();
}
