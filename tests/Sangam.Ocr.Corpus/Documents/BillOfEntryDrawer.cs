using System.Globalization;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus.Documents;

/// <summary>Draws an ICEGATE-style bill of entry: part I (header and totals), part II (invoices), part III (items and duties).</summary>
public static class BillOfEntryDrawer
{
    public static PageDrawing Draw(BillOfEntryTruth boe)
    {
        var page = new PageDrawing();
        page.Text(297, 40, "INDIAN CUSTOMS EDI SYSTEM", 9, align: TextAlign.Center);
        page.Text(297, 58, "BILL OF ENTRY FOR HOME CONSUMPTION", 13, bold: true, TextAlign.Center);

        (string Label, string Value)[] grid =
        [
            ("Port Code", boe.PortCode), ("BE No", boe.BeNumber), ("BE Date", Date(boe.BeDate)), ("BE Type", boe.BeType),
            ("IEC", boe.Iec), ("GSTIN", boe.Gstin),
        ];
        for (var i = 0; i < grid.Length; i++)
        {
            var x = 36 + ((i % 4) * 130);
            var y = 86 + ((i / 4) * 30);
            page.Text(x, y, grid[i].Label, 7.5f, bold: true);
            page.Text(x, y + 12, grid[i].Value, 9);
        }

        page.Text(36, 150, "Importer Name & Address", 7.5f, bold: true);
        page.Text(36, 162, boe.ImporterName, 9);
        var street = boe.ImporterAddress[..boe.ImporterAddress.IndexOf(", ", boe.ImporterAddress.IndexOf(", ", StringComparison.Ordinal) + 2, StringComparison.Ordinal)];
        page.Text(36, 174, street, 8.5f);
        page.Text(36, 186, $"{boe.ImporterAddress[(street.Length + 2)..]} - {boe.ImporterPincode}", 8.5f);

        string[] left =
        [
            $"Country of Consignment: {boe.CountryOfConsignment}",
            $"Exchange Rate: {boe.ExchangeRate.ToString("0.00##", CultureInfo.InvariantCulture)}",
            $"Gross Weight: {boe.GrossWeight.ToString("0.000", CultureInfo.InvariantCulture)} KGS",
            $"MAWB No: {boe.MawbNumber}",
            $"HAWB No: {boe.HawbNumber}",
        ];
        string[] right =
        [
            $"Port of Shipment: {boe.PortOfShipment}",
            $"No. of Packages: {boe.Packages}",
            string.Empty,
            $"MAWB Date: {Date(boe.MawbDate)}",
            $"HAWB Date: {Date(boe.HawbDate)}",
        ];
        for (var i = 0; i < left.Length; i++)
        {
            page.Text(36, 212 + (i * 14), left[i], 9);
            page.Text(320, 212 + (i * 14), right[i], 9);
        }

        (string Label, decimal Amount)[] totals =
        [
            ("Total Assessable Value", boe.TotalAssessableValue), ("Total Duty", boe.TotalDuty), ("Interest", boe.Interest),
            ("Penalty", boe.Penalty), ("Fine", boe.Fine), ("Total Amount", boe.TotalAmount),
        ];
        for (var i = 0; i < totals.Length; i++)
        {
            var x = 36 + ((i % 3) * 180);
            var y = 296 + ((i / 3) * 14);
            page.Text(x, y, $"{totals[i].Label}: {Money(totals[i].Amount)}", 8.5f);
        }

        var top = DrawInvoices(page, boe, 340);
        DrawItems(page, boe, top + 16);
        return page;
    }

    private static float DrawInvoices(PageDrawing page, BillOfEntryTruth boe, float top)
    {
        page.Text(36, top, "PART II - INVOICE DETAILS", 9, bold: true);
        (string Header, float X, TextAlign Align)[] columns =
        [
            ("Inv S.No", 36, TextAlign.Left), ("Invoice No", 86, TextAlign.Left), ("Invoice Date", 180, TextAlign.Left), ("Terms", 260, TextAlign.Left),
            ("Freight", 360, TextAlign.Right), ("Frt Cur", 372, TextAlign.Left), ("Insurance", 480, TextAlign.Right), ("Ins Cur", 492, TextAlign.Left),
        ];
        var rows = boe.Invoices.Select(invoice => new[]
        {
            invoice.SerialNumber.ToString(CultureInfo.InvariantCulture), invoice.Number, Date(invoice.Date), invoice.Terms,
            Money(invoice.Freight), invoice.FreightCurrency, Money(invoice.Insurance), invoice.InsuranceCurrency,
        });
        return DrawTable(page, top + 8, columns, rows, 8);
    }

    private static void DrawItems(PageDrawing page, BillOfEntryTruth boe, float top)
    {
        page.Text(36, top, "PART III - ITEM AND DUTY DETAILS", 9, bold: true);
        (string Header, float X, TextAlign Align)[] columns =
        [
            ("Inv S.No", 36, TextAlign.Left), ("Item S.No", 74, TextAlign.Left), ("Description", 116, TextAlign.Left), ("CTH", 244, TextAlign.Left),
            ("UQC", 286, TextAlign.Left), ("Qty", 330, TextAlign.Right), ("Assess Value", 380, TextAlign.Right), ("Notn", 388, TextAlign.Left),
            ("IGST %", 462, TextAlign.Right), ("IGST Amt", 512, TextAlign.Right), ("Duty Total", 560, TextAlign.Right),
        ];
        var rows = boe.Items.Select(item => new[]
        {
            item.InvoiceSerialNumber.ToString(CultureInfo.InvariantCulture), item.ItemSerialNumber.ToString(CultureInfo.InvariantCulture),
            item.Description, item.Cth, item.Uqc, item.Quantity.ToString("0.##", CultureInfo.InvariantCulture), Money(item.AssessableValue),
            item.IgstNotification, item.IgstRate.ToString("0.##", CultureInfo.InvariantCulture), Money(item.IgstAmount), Money(item.DutyTotal),
        });
        DrawTable(page, top + 8, columns, rows, 7);
    }

    private static float DrawTable(PageDrawing page, float top, (string Header, float X, TextAlign Align)[] columns, IEnumerable<string[]> rows, float size)
    {
        page.Line(36, top, 560, top);
        foreach (var column in columns)
        {
            page.Text(column.X, top + 11, column.Header, size, bold: true, column.Align);
        }

        page.Line(36, top + 16, 560, top + 16);
        var y = top + 28;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                page.Text(columns[c].X, y, row[c], size + 0.5f, align: columns[c].Align);
            }

            y += 14;
        }

        page.Line(36, y - 8, 560, y - 8);
        return y;
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
