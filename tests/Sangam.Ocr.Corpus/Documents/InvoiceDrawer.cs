using System.Globalization;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus.Documents;

/// <summary>Lays out a tax invoice over as many A4 pages as its line items need.</summary>
public static class InvoiceDrawer
{
    private const float TableTopFirstPage = 372;
    private const float TableTopContinuation = 110;
    private const float TotalsHeight = 150;
    private const float PageBottom = 800;

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "dd-MMM-yyyy", "dd.MM.yyyy", "d MMM yyyy", "dd-MM-yyyy"];

    /// <param name="dateStyle">Index into the printed date styles (dd/MM/yyyy, dd-MMM-yyyy, ...).</param>
    public static IReadOnlyList<PageDrawing> Draw(InvoiceTruth invoice, InvoiceLayout layout, int dateStyle = 0)
    {
        var dateFormat = DateFormats[dateStyle % DateFormats.Length];
        var table = new InvoiceTable(layout);
        var pages = new List<PageDrawing>();
        var numbered = invoice.Lines.Select((line, i) => (i + 1, line)).ToList();
        var next = 0;
        do
        {
            var page = new PageDrawing();
            float top;
            if (pages.Count == 0)
            {
                top = layout == InvoiceLayout.Classic
                    ? ClassicHeader.Draw(page, invoice, dateFormat)
                    : ModernHeader.Draw(page, invoice, dateFormat);
                top = Math.Max(top, TableTopFirstPage);
            }
            else
            {
                page.Text(297, 50, "TAX INVOICE (continued)", 12, bold: true, TextAlign.Center);
                page.Text(36, 80, $"Invoice No.: {invoice.InvoiceNumber}", 9);
                top = TableTopContinuation;
            }

            var room = (int)((PageBottom - top - 30) / InvoiceTable.RowHeight);
            var remaining = numbered.Count - next;
            var take = remaining <= (int)((PageBottom - top - 30 - TotalsHeight) / InvoiceTable.RowHeight) ? remaining : Math.Min(room, remaining - 1);
            var bottom = table.Draw(page, top, numbered.GetRange(next, take));
            next += take;
            if (next == numbered.Count)
            {
                Totals.Draw(page, invoice, layout, bottom + 6);
            }

            pages.Add(page);
        }
        while (next < numbered.Count);

        if (pages.Count > 1)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                pages[i].Text(560, 825, $"Page {i + 1} of {pages.Count}", 7, align: TextAlign.Right);
            }
        }

        return pages;
    }

    internal static string PrintDate(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
