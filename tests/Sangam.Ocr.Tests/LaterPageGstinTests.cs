using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A bill whose first page is the tax invoice and whose later pages (a statement, a summary of charges) print
/// another GSTIN under no party label or heading: that GSTIN is nobody's, so it is neither the supplier's nor the buyer's.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class LaterPageGstinTests(ReaderFixture fixture)
{
    private const string Supplier = "29AAPFU0939F1ZR";

    private const string OnLaterPage = "27AAECE7216R1Z3";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_gstin_under_no_label_on_a_later_page_is_not_taken_for_a_party(bool placeOfSupplyPrinted)
    {
        var fields = await Read(placeOfSupplyPrinted, laterPageLabel: "GSTIN :");

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.False(fields.ContainsKey("buyer_gstin"));
    }

    [Fact]
    public async Task A_gstin_a_later_page_labels_as_the_customers_is_still_the_buyers()
    {
        var fields = await Read(placeOfSupplyPrinted: true, laterPageLabel: "Customer GSTIN :");

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.Equal(OnLaterPage, fields["buyer_gstin"].Text);
    }

    private async Task<IReadOnlyDictionary<string, ExtractedField>> Read(bool placeOfSupplyPrinted, string laterPageLabel)
    {
        var invoice = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 85, "Northwind Telecom Services Limited", 10, bold: true);
            drawing.Text(36, 100, $"GSTIN : {Supplier}", 9);
            drawing.Text(36, 130, "Invoice No. : NT/2611/004127", 9);
            drawing.Text(36, 145, "Invoice Date : 05-11-2026", 9);
            if (placeOfSupplyPrinted)
            {
                drawing.Text(36, 160, "Place of Supply : Karnataka (29)", 9);
            }

            drawing.Text(36, 250, "Bill To", 9, bold: true);
            drawing.Text(36, 265, "R. Kumar", 9);
            drawing.Text(36, 280, "12 Lake View Road, Bengaluru 560001", 9);
            drawing.Text(36, 340, "Monthly rental", 9);
            drawing.Text(500, 340, "499.00", 9, align: TextAlign.Right);
            drawing.Text(36, 355, "CGST @ 9%", 9);
            drawing.Text(500, 355, "44.91", 9, align: TextAlign.Right);
            drawing.Text(36, 370, "SGST @ 9%", 9);
            drawing.Text(500, 370, "44.91", 9, align: TextAlign.Right);
            drawing.Text(36, 390, "Total Amount Payable", 9, bold: true);
            drawing.Text(500, 390, "588.82", 9, align: TextAlign.Right);
        });
        var statement = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Summary of charges", 12, bold: true);
            drawing.Text(36, 85, $"{laterPageLabel} {OnLaterPage}", 9);
            drawing.Text(36, 120, "Previous balance", 9);
            drawing.Text(500, 120, "612.40", 9, align: TextAlign.Right);
            drawing.Text(36, 135, "Payment received, thank you", 9);
            drawing.Text(500, 135, "612.40", 9, align: TextAlign.Right);
        });

        return await fixture.ReadOneInvoice(invoice, statement);
    }
}
