using System.Globalization;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus.Documents;

/// <summary>Draws the line-item table of an invoice, one page's share of rows at a time.</summary>
internal sealed class InvoiceTable(InvoiceLayout layout)
{
    public const float RowHeight = 16;

    private static readonly (string Classic, string Modern, float X, TextAlign Align)[] Columns =
    [
        ("Sl", "#", 40, TextAlign.Left),
        ("Description of Goods", "Item", 58, TextAlign.Left),
        ("HSN/SAC", "HSN", 232, TextAlign.Left),
        ("Qty", "Quantity", 318, TextAlign.Right),
        ("Unit", "UOM", 326, TextAlign.Left),
        ("Rate", "Unit Price", 410, TextAlign.Right),
        ("Taxable Value", "Taxable", 478, TextAlign.Right),
        ("GST %", "GST", 502, TextAlign.Right),
        ("Amount", "Total", 560, TextAlign.Right),
    ];

    /// <summary>Draws the header and <paramref name="rows"/>; returns the y below the table.</summary>
    public float Draw(PageDrawing page, float top, IReadOnlyList<(int Number, InvoiceLine Line)> rows)
    {
        page.Line(36, top, 560, top);
        foreach (var column in Columns)
        {
            var title = layout == InvoiceLayout.Classic ? column.Classic : column.Modern;
            page.Text(column.X, top + 12, title, 7.5f, bold: true, column.Align);
        }

        page.Line(36, top + 17, 560, top + 17);
        var y = top + 17 + RowHeight - 4;
        foreach (var (number, line) in rows)
        {
            string[] cells =
            [
                number.ToString(CultureInfo.InvariantCulture),
                line.Description,
                line.Hsn,
                line.Quantity.ToString("0.##", CultureInfo.InvariantCulture),
                line.Uom,
                IndianNumber.Format(line.UnitPrice),
                IndianNumber.Format(line.TaxableValue),
                line.GstRate.ToString("0.##", CultureInfo.InvariantCulture) + "%",
                IndianNumber.Format(line.Amount),
            ];
            for (var c = 0; c < Columns.Length; c++)
            {
                page.Text(Columns[c].X, y, cells[c], 8, align: Columns[c].Align);
            }

            y += RowHeight;
        }

        page.Line(36, y - 8, 560, y - 8);
        return y;
    }
}
