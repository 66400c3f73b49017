using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus.Documents;

/// <summary>The accounting-package invoice header: "label: value" pairs and side-by-side parties.</summary>
internal static class ClassicHeader
{
    public static float Draw(PageDrawing page, InvoiceTruth invoice, string dateFormat)
    {
        page.Text(297, 40, "TAX INVOICE", 14, bold: true, TextAlign.Center);
        var supplier = invoice.Supplier;
        page.Text(36, 72, supplier.Name, 12, bold: true);
        page.Text(36, 86, supplier.Street, 8.5f);
        page.Text(36, 98, $"{supplier.City}, {supplier.StateName} - {supplier.Pincode}", 8.5f);
        page.Text(36, 112, $"GSTIN/UIN: {supplier.Gstin}", 9);
        page.Text(36, 124, $"PAN: {supplier.Pan}", 9);
        page.Text(36, 136, $"State Name: {supplier.StateName}, Code: {supplier.StateCode}", 8.5f);

        var y = 160f;
        if (invoice.SignedQrCode is not null)
        {
            page.QrCode(440, 50, 120, invoice.SignedQrCode);
            page.Text(36, 160, $"IRN: {invoice.Irn}", 8);
            page.Text(36, 172, $"Ack No.: 1{invoice.InvoiceNumber.GetHashCode(StringComparison.Ordinal) & 0x7FFFFFF:D12}", 8);
            y = 184;
        }

        page.Rectangle(36, y, 524, 64);
        string[] left =
        [
            $"Invoice No.: {invoice.InvoiceNumber}",
            $"Invoice Date: {InvoiceDrawer.PrintDate(invoice.InvoiceDate, dateFormat)}",
            $"Due Date: {InvoiceDrawer.PrintDate(invoice.DueDate, dateFormat)}",
            $"Place of Supply: {invoice.PlaceOfSupply}",
        ];
        string[] right =
        [
            $"e-Way Bill No.: {invoice.EwayBillNumber ?? "-"}",
            $"Buyer's Order No.: {invoice.PoNumber}",
            $"Terms of Payment: {invoice.PaymentTerm}",
        ];
        for (var i = 0; i < left.Length; i++)
        {
            page.Text(42, y + 14 + (i * 14), left[i], 9);
        }

        for (var i = 0; i < right.Length; i++)
        {
            page.Text(310, y + 14 + (i * 14), right[i], 9);
        }

        y += 84;
        DrawParty(page, 36, y, "Bill To (Buyer):", invoice.Buyer);
        DrawParty(page, 310, y, "Ship To (Consignee):", invoice.ShipTo);
        return y + 84;
    }

    private static void DrawParty(PageDrawing page, float x, float y, string title, Party party)
    {
        page.Text(x, y, title, 9, bold: true);
        page.Text(x, y + 14, party.Name, 9, bold: true);
        page.Text(x, y + 26, party.Street, 8);
        page.Text(x, y + 38, $"{party.City}, {party.StateName} - {party.Pincode}", 8);
        page.Text(x, y + 52, $"GSTIN/UIN: {party.Gstin}", 9);
        page.Text(x, y + 64, $"State Name: {party.StateName}, Code: {party.StateCode}", 8);
    }
}
