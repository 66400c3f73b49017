using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus.Documents;

/// <summary>The totals block under the line items.</summary>
internal static class Totals
{
    public static void Draw(PageDrawing page, InvoiceTruth invoice, InvoiceLayout layout, float top)
    {
        var classic = layout == InvoiceLayout.Classic;
        var rows = new List<(string Label, decimal Amount)> { (classic ? "Taxable Value" : "Sub Total", invoice.TotalTaxable) };
        if (invoice.InterState)
        {
            rows.Add((classic ? "IGST" : "Total IGST", invoice.Igst));
        }
        else
        {
            rows.Add((classic ? "CGST" : "Total CGST", invoice.Cgst));
            rows.Add((classic ? "SGST" : "Total SGST", invoice.Sgst));
        }

        rows.Add(("Round Off", invoice.RoundingAmount));
        rows.Add((classic ? "Total Invoice Value" : "Grand Total (INR)", invoice.InvoiceAmount));
        var y = top + 12;
        foreach (var (label, amount) in rows)
        {
            var last = label == rows[^1].Label;
            page.Text(380, y, label, 9, bold: last);
            page.Text(560, y, IndianNumber.Format(amount), 9, bold: last, TextAlign.Right);
            y += 15;
        }

        page.Text(36, y + 10, $"Amount in words: INR {AmountInWords.Format(invoice.InvoiceAmount)} Only", 8);
        page.Text(560, y + 40, $"for {invoice.Supplier.Name}", 8.5f, align: TextAlign.Right);
        page.Text(560, y + 70, "Authorised Signatory", 8, align: TextAlign.Right);
    }
}
