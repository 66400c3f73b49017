using System.Globalization;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus.Documents;

/// <summary>Draws a shipping line's delivery order: letterhead, reference grid, addressee lines and the container table.</summary>
public static class DeliveryOrderDrawer
{
    public static PageDrawing Draw(DeliveryOrderTruth order)
    {
        var page = new PageDrawing();
        page.Text(297, 46, order.ShippingLine.ToUpperInvariant(), 14, bold: true, TextAlign.Center);
        page.Text(297, 62, "As agents for the carrier", 8, align: TextAlign.Center);
        page.Text(297, 92, "DELIVERY ORDER", 13, bold: true, TextAlign.Center);

        (string Label, string Value)[] left =
        [
            ("D.O. No.", order.DoNumber),
            ("D.O. Date", Date(order.DoDate)),
            ("Valid Till", Date(order.ValidTill)),
            ("B/L No.", order.BlNumber),
            ("Vessel Name", order.VesselName),
            ("Voyage No.", order.VoyageNumber),
        ];
        (string Label, string Value)[] right =
        [
            ("IGM No.", order.IgmNumber),
            ("IGM Date", Date(order.IgmDate)),
            ("Line No.", order.LineNumber),
            ("Port of Discharge", order.PortOfDischarge),
            ("CFS", order.CfsName),
        ];
        for (var i = 0; i < left.Length; i++)
        {
            page.Text(36, 124 + (i * 15), $"{left[i].Label}: {left[i].Value}", 9);
        }

        for (var i = 0; i < right.Length; i++)
        {
            page.Text(320, 124 + (i * 15), $"{right[i].Label}: {right[i].Value}", 9);
        }

        page.Text(36, 230, "To,", 9);
        page.Text(36, 244, "The Custodian / CFS In-charge,", 9);
        page.Text(36, 266, $"Consignee: {order.ConsigneeName}", 9);
        page.Text(36, 280, $"CHA: {order.ChaName}", 9);
        page.Text(36, 302, "Please deliver the following containers to the consignee or their authorised customs broker.", 8);

        float[] x = [40, 160, 240, 350, 460];
        string[] headers = ["Container No.", "Size/Type", "Seal No.", "Packages", "Gross Wt (KGS)"];
        var y = 330f;
        page.Line(36, y, 560, y);
        for (var c = 0; c < headers.Length; c++)
        {
            page.Text(x[c], y + 12, headers[c], 8, bold: true);
        }

        page.Line(36, y + 17, 560, y + 17);
        y += 31;
        foreach (var container in order.Containers)
        {
            string[] cells =
            [
                container.Number, container.SizeType, container.SealNumber,
                container.Packages.ToString(CultureInfo.InvariantCulture),
                container.GrossWeightKg.ToString("0.00", CultureInfo.InvariantCulture),
            ];
            for (var c = 0; c < cells.Length; c++)
            {
                page.Text(x[c], y, cells[c], 9);
            }

            y += 16;
        }

        page.Line(36, y - 8, 560, y - 8);
        page.Text(36, y + 12, $"Total Packages: {order.Packages}", 9, bold: true);
        page.Text(300, y + 12, $"Total Gross Weight: {order.GrossWeightKg.ToString("0.00", CultureInfo.InvariantCulture)} KGS", 9, bold: true);
        page.Text(560, y + 70, $"For {order.ShippingLine}", 8.5f, align: TextAlign.Right);
        page.Text(560, y + 96, "Authorised Signatory", 8, align: TextAlign.Right);
        return page;
    }

    private static string Date(DateOnly date) => date.ToString("dd-MMM-yyyy", CultureInfo.InvariantCulture);
}
