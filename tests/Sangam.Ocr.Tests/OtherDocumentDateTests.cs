using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A plain "Date" printed right after another document's number (a lorry receipt's, an order's), or sharing one label with
/// it ("Work Order No. &amp; Date"), dates that document, not the invoice.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class OtherDocumentDateTests(ReaderFixture fixture)
{
    [Theory]
    [InlineData("L.R No 7318")]
    [InlineData("PO No. 4500012")]
    [InlineData("Challan No : DC/118")]
    public async Task The_date_after_another_documents_number_is_not_the_invoice_date(string otherNumber)
    {
        var fields = await Read(invoiceDate: null, otherNumber);

        Assert.Equal("2690", fields["invoice_number"].Text);
        Assert.False(fields.ContainsKey("invoice_date"));
    }

    [Fact]
    public async Task The_invoices_own_date_is_read_beside_another_documents_dated_number()
    {
        var fields = await Read(invoiceDate: "04/02/2025", "L.R No 7318");

        Assert.Equal("04/02/2025", fields["invoice_date"].Text);
    }

    /// <summary>"Work Order No. &amp; Date": one label for another document's number and its date, printed together.</summary>
    [Theory]
    [InlineData("Work Order No. & Date")]
    [InlineData("Buyer's Order No. and Date")]
    [InlineData("Dispatch Challan Number & Date")]
    public async Task Another_documents_number_and_date_label_does_not_date_the_invoice(string label)
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 85, "Komal Builders", 11, bold: true);
            drawing.Text(330, 120, "Bill No. : 2690", 9);
            drawing.Text(36, 200, label, 9);
            drawing.Text(36, 215, "17988920/21.08.2009", 9);
            drawing.Text(36, 260, "Construction of sales building", 9);
            drawing.Text(500, 260, "9565.20", 9, align: TextAlign.Right);
            drawing.Text(36, 280, "Total", 9, bold: true);
            drawing.Text(500, 280, "10713.02", 9, align: TextAlign.Right);
        }));

        Assert.Equal("2690", fields["invoice_number"].Text);
        Assert.False(fields.ContainsKey("invoice_date"));
    }

    private Task<IReadOnlyDictionary<string, ExtractedField>> Read(string? invoiceDate, string otherNumber) => fixture.ReadOneInvoice(Samples.Page(drawing =>
    {
        drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
        drawing.Text(36, 85, "Drushti Garments", 11, bold: true);
        drawing.Text(36, 100, "Dadar West, Mumbai 400028", 9);
        drawing.Text(330, 120, "Invoice No : 2690", 9);
        drawing.Text(330, 135, invoiceDate is null ? "Transport : Road" : $"Date : {invoiceDate}", 9);
        drawing.Text(330, 200, otherNumber, 9);
        drawing.Text(450, 200, "Date: 05/02/2025", 9);
        drawing.Text(36, 260, "Kids gowns", 9);
        drawing.Text(500, 260, "9565.20", 9, align: TextAlign.Right);
        drawing.Text(36, 280, "Total", 9, bold: true);
        drawing.Text(500, 280, "10713.02", 9, align: TextAlign.Right);
    }));
}
