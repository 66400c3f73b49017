using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Documents.BillsOfEntry;

/// <summary>
/// The e-payment challans a bill of entry lists once its duty is paid ("CHALLAN NO | PAID ON | AMOUNT(Rs.)"): together
/// they pay its total amount, a second reading of the summary's totals, which a scan often loses in the summary's
/// dense rows. Customs rounds duty and every sum payable to the rupee (Customs Act 1962, s. 154A), so a total duty
/// read with paise is no summary total (it is an item's own duty, found under the same label): a paid amount within a
/// rupee of it settles it.
/// </summary>
internal static partial class ChallanPayments
{
    private const int RowsLooked = 8;

    public static void Reconcile(DocumentText text, FieldSet header)
    {
        if (Paid(text) is not var (paid, paidAccuracy))
        {
            return;
        }

        decimal? Amount(string key) => BillOfEntryExtractor.HeaderAmount(header, key);
        var charges = (Amount("total_int") ?? 0) + (Amount("total_pnlty") ?? 0) + (Amount("total_fine") ?? 0);
        if (Amount("total_duty") is { } duty && duty != decimal.Round(duty) && Math.Abs(paid - charges - duty) < 1)
        {
            var accuracy = FieldAccuracy.CrossChecked(header["total_duty"]!.Accuracy);
            header.Set("total_duty", AmountText.Canonical(paid - charges), accuracy, "rounded to the rupee; the paid challans agree");
        }

        if (header["total_amount"] is null)
        {
            var agrees = Amount("total_duty") is { } total && total + charges == paid;
            var accuracy = agrees ? FieldAccuracy.CrossChecked(paidAccuracy) : paidAccuracy;
            header.Set("total_amount", AmountText.Canonical(paid), accuracy, agrees ? "paid by challan; duty + interest + penalty + fine" : "paid by challan");
        }
    }

    /// <summary>The challan rows under the payment header: number, date paid, amount in rupees; their sum.</summary>
    private static (decimal Sum, double Accuracy)? Paid(DocumentText text)
    {
        foreach (var page in text.Pages)
        {
            var header = page.Lines.ToList().FindIndex(line => ChallanHeader().IsMatch(line.Text));
            if (header < 0)
            {
                continue;
            }

            var rows = page.Lines.Skip(header + 1).Take(RowsLooked)
                .Select(line => (line, row: ChallanRow().Match(line.Text)))
                .Where(found => found.row.Success)
                .ToList();
            if (rows.Count == 0)
            {
                return null;
            }

            var sum = rows.Sum(found => AmountText.All(found.row.Groups["amount"].Value)[0]);
            var confidence = rows.Min(found => found.line.Phrases
                .Where(phrase => phrase.Text.Contains(found.row.Groups["amount"].Value, StringComparison.Ordinal))
                .Select(phrase => phrase.Confidence).DefaultIfEmpty(0).Max());
            return (sum, text.AccuracyOf(page.PageNumber, confidence));
        }

        return null;
    }

    [GeneratedRegex(@"CHALLAN\s*NO.*PAID\s*ON.*AMOUNT", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChallanHeader();

    /// <summary>A challan number (ICEGATE's run to ten digits), the date it was paid, and the rupees paid.</summary>
    [GeneratedRegex(@"\b\d{8,12}\W+\d{2}[/.-]\d{2}[/.-]\d{4}\W+(?<amount>\d[\d,]*(?:\.\d{2})?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChallanRow();
}
