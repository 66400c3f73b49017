using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus.Documents;

/// <summary>The letterhead invoice header: centred supplier, labels printed above their values.</summary>
internal static class ModernHeader
{
    public static float Draw(PageDrawing page, InvoiceTruth invoice, string dateFormat)
    {
        var supplier = invoice.Supplier;
        page.Text(297, 46, supplier.Name.ToUpperInvariant(), 15, bold: true, TextAlign.Center);
        page.Text(297, 62, supplier.Address, 8.5f, align: TextAlign.Center);
        page.Text(297, 76, $"GSTIN: {supplier.Gstin}    PAN: {supplier.Pan}", 9, align: TextAlign.Center);
        page.Line(36, 86, 560, 86, 1.2f);
        page.Text(36, 106, "TAX INVOICE", 13, bold: true);

        (string Label, string Value)[] grid =
        [
            ("Invoice Number", invoice.InvoiceNumber),
            ("Invoice Date", InvoiceDrawer.PrintDate(invoice.InvoiceDate, dateFormat)),
            ("Due Date", InvoiceDrawer.PrintDate(invoice.DueDate, dateFormat)),
            ("PO Number", invoice.PoNumber),
            ("E-Way Bill No", invoice.EwayBillNumber ?? "NA"),
            ("Payment Terms", invoice.PaymentTerm),
        ];
        for (var i = 0; i < grid.Length; i++)
        {
            var x = 36 + ((i % 3) * 130);
            var y = 130 + ((i / 3) * 32);
            page.Text(x, y, grid[i].Label, 7.5f, bold: true);
            page.Text(x, y + 12, grid[i].Value, 9);
        }

        if (invoice.SignedQrCode is not null)
        {
            page.QrCode(440, 96, 120, invoice.SignedQrCode);
        }

        var top = 206f;
        if (invoice.Irn is not null)
        {
            page.Text(36, top, "IRN", 7.5f, bold: true);
            page.Text(36, top + 12, invoice.Irn, 8);
            top += 26;
        }

        page.Line(36, top, 560, top);
        DrawParty(page, 36, top + 18, "Billed To", invoice.Buyer, invoice.PlaceOfSupply);
        DrawParty(page, 310, top + 18, "Shipped To", invoice.ShipTo, placeOfSupply: null);
        return top + 104;
    }

    private static void DrawParty(PageDrawing page, float x, float y, string title, Party party, string? placeOfSupply)
    {
        page.Text(x, y, title, 8, bold: true);
        page.Text(x, y + 13, party.Name, 9.5f, bold: true);
        page.Text(x, y + 25, party.Street, 8);
        page.Text(x, y + 37, $"{party.City} {party.Pincode}, {party.StateName}", 8);
        page.Text(x, y + 50, $"GSTIN: {party.Gstin}", 9);
        if (placeOfSupply is not null)
        {
            page.Text(x, y + 63, $"Place of Supply: {placeOfSupply}", 8);
        }
    }
}
