using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Reads the totals block and checks that it adds up: taxable value + taxes − discount + rounding =
/// invoice amount, and the line items' taxable values sum to the taxable total.
/// </summary>
internal static class InvoiceTotals
{
    private static readonly (string Key, Regex Label)[] Amounts =
    [
        ("total_taxable", InvoiceLabels.TotalTaxable),
        ("total_cgst_amount", InvoiceLabels.Cgst),
        ("total_sgst_amount", InvoiceLabels.Sgst),
        ("total_igst_amount", InvoiceLabels.Igst),
        ("total_tax_amount", InvoiceLabels.TotalTax),
        ("total_discount", InvoiceLabels.Discount),
        ("rounding_amount", InvoiceLabels.Rounding),
        ("invoice_amount", InvoiceLabels.InvoiceAmount),
    ];

    private static readonly string[] TaxKeys = ["total_cgst_amount", "total_sgst_amount", "total_igst_amount"];

    private static readonly string[] SumParts = ["total_taxable", "total_tax_amount"];

    private static readonly string[] CheckedBySum = ["total_taxable", "total_tax_amount", "invoice_amount", "rounding_amount", .. TaxKeys];

    /// <summary>
    /// Totals are searched from the first line below each page's item table (<paramref name="linesAfterTable"/>),
    /// so the table's own headers are not mistaken for them.
    /// </summary>
    public static void Read(DocumentText text, FieldSet fields, IReadOnlyDictionary<int, int> linesAfterTable, IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> items)
    {
        int FirstLine(PageReading page) => linesAfterTable.GetValueOrDefault(page.PageNumber);
        foreach (var (key, label) in Amounts)
        {
            var found = text.Last(label, value => AmountText.TryParseLast(value.Text, out _), FirstLine);
            if (found is not null && AmountText.TryParseLast(found.Text, out var amount))
            {
                fields.Set(key, amount, text.AccuracyOf(found), $"labelled '{found.Label}'");
            }
        }

        CompleteTaxes(fields);
        CheckSum(fields);
        CheckItems(fields, items);
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
            fields.Set(key, 0m, FieldAccuracy.Guessed(accuracy), "not printed: zero under this tax regime");
        }

        fields.SetIfMissing("total_tax_amount", TaxKeys.Sum(key => fields.Amount(key) ?? 0), accuracy, "sum of the tax heads");
    }

    private static void CheckSum(FieldSet fields)
    {
        if (fields.Amount("total_taxable") is not { } taxable || fields.Amount("total_tax_amount") is not { } tax)
        {
            return;
        }

        var computed = taxable + tax - (fields.Amount("total_discount") ?? 0) + (fields.Amount("rounding_amount") ?? 0);
        if (fields.Amount("invoice_amount") is not { } total)
        {
            var accuracy = SumParts.Min(key => fields[key]!.Accuracy);
            fields.Set("invoice_amount", Math.Round(computed, 2), FieldAccuracy.Guessed(accuracy), "computed: taxable + taxes + rounding");
            return;
        }

        // Without a printed rounding line, the total may still be the sum rounded to whole rupees.
        var agrees = Math.Abs(computed - total) <= 0.02m
            || (fields["rounding_amount"] is null && Math.Abs(computed - total) < 1m);
        foreach (var key in CheckedBySum)
        {
            fields.Rescore(key, agrees ? FieldAccuracy.CrossChecked : FieldAccuracy.Contradicted, agrees ? "totals add up" : "totals do not add up");
        }

        if (agrees && fields["rounding_amount"] is null)
        {
            fields.Set("rounding_amount", Math.Round(total - computed, 2), fields["invoice_amount"]!.Accuracy, "total minus taxable and taxes");
        }
    }

    private static void CheckItems(FieldSet fields, IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> items)
    {
        if (items.Count == 0 || fields.Amount("total_taxable") is not { } taxable
            || items.Any(item => item.GetValueOrDefault("item_taxable_value")?.Value is not decimal))
        {
            return;
        }

        var sum = items.Sum(item => (decimal)item["item_taxable_value"].Value);
        if (Math.Abs(sum - taxable) <= 0.05m)
        {
            fields.Rescore("total_taxable", FieldAccuracy.CrossChecked, "line items add up to it");
        }
    }
}
