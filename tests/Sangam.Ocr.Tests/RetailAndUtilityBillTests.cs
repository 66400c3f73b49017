using Sangam.Ocr.Corpus.Drawing;

namespace Sangam.Ocr.Tests;

/// <summary>
/// Layouts of retail receipts, utility bills and Tally invoices: a receipt that prints the customer's block (with its
/// GSTIN) before the store's GSTIN and labels fields "Customer Type"; a bill whose amounts are printed in rupee and
/// paise columns; an invoice number whose financial year is set apart after its last slash.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class RetailAndUtilityBillTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_customer_type_label_heads_no_block_and_the_customer_block_holds_the_buyer()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(150, 40, "Lakeview Retail Limited", 12, bold: true);
            drawing.Text(150, 55, "Phoenix Mall, Lucknow 226005", 9);
            drawing.Text(170, 75, "Tax Invoice", 11, bold: true);
            drawing.Text(36, 100, "Customer Address:", 9);
            string[] address =
            [
                "ORCHID MEDIA SERVICES PRIVATE LIMITED", "Flat No: 00", "Flr No: FLAT NO 9", "Wing: A 52", "Bldg: GULAB BAGH", "Soc: NAWADA",
                "Sec/Loc: DELHI", "Plot No: NEW DELHI", "Street: DELHI", "Area: HASTAL VILLAGE", "City: NEW DELHI WEST", "State: DELHI",
                "PinCode: 110059", "Contact# 8800387897", "Pan Card: AAICP0476A", "GSTIN Number: 07AAICP0476A1ZP",
            ];
            for (var line = 0; line < address.Length; line++)
            {
                drawing.Text(36, 112 + (12 * line), address[line], 9);
            }

            drawing.Text(36, 320, "Place of Supply State Code: 07 DEL", 9);
            drawing.Text(36, 332, "Customer Type : R", 9);
            drawing.Text(36, 344, "Supply State GSTN Number:09AABCR1718E1ZN", 9);
            drawing.Text(36, 370, "iPhone 15 Plus 256GB", 9);
            drawing.Text(300, 370, "92400.00", 9, align: TextAlign.Right);
            drawing.Text(36, 390, "BALANCE DUE", 9, bold: true);
            drawing.Text(300, 390, "92400.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("09AABCR1718E1ZN", fields["supplier_gstin"].Text);
        Assert.Equal("07AAICP0476A1ZP", fields["buyer_gstin"].Text);
        Assert.Equal("ORCHID MEDIA SERVICES PRIVATE LIMITED", fields["buyer_name"].Text);
    }

    [Fact]
    public async Task Amounts_in_rupee_and_paise_columns_are_read_as_one_figure()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(150, 40, "Western Power Distribution Company Limited", 12, bold: true);
            drawing.Text(150, 55, "GST No. 24AADCP1453C1ZZ", 9);
            drawing.Text(36, 80, "Bill No", 9);
            drawing.Text(120, 80, "5/0924", 9);
            drawing.Text(36, 92, "Bill Date", 9);
            drawing.Text(120, 92, "23-04-2026", 9);
            drawing.Text(300, 120, "Bill Details", 9);
            drawing.Text(440, 120, "Rupee", 9);
            drawing.Text(480, 120, "Paise", 9);
            drawing.Text(300, 135, "Fixed Chg", 9);
            drawing.Text(470, 135, "6112", 9, align: TextAlign.Right);
            drawing.Text(485, 135, "50", 9);
            drawing.Text(300, 150, "Energy Chg", 9);
            drawing.Text(470, 150, "19827", 9, align: TextAlign.Right);
            drawing.Text(485, 150, "92", 9);
            drawing.Text(300, 165, "Total", 9);
            drawing.Text(470, 165, "25940", 9, align: TextAlign.Right);
            drawing.Text(485, 165, "42", 9);
        }));

        Assert.Equal("25940.42", fields["invoice_amount"].Text);
    }

    [Fact]
    public async Task A_financial_year_set_apart_after_the_numbers_last_slash_is_part_of_it()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(200, 40, "GST TAX INVOICE", 12, bold: true);
            drawing.Text(36, 70, "Sunrise Global Enterprises LLP", 10, bold: true);
            drawing.Text(300, 70, "Invoice No.", 9);
            drawing.Text(420, 70, "Dated", 9);
            drawing.Text(300, 82, "SLLP/D/54/ 20 - 21", 9);
            drawing.Text(420, 82, "28-Jul-2020", 9);
            drawing.Text(36, 200, "Steel racks", 9);
            drawing.Text(500, 200, "35,000.00", 9, align: TextAlign.Right);
            drawing.Text(36, 230, "Total", 9, bold: true);
            drawing.Text(500, 230, "35,000.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("SLLP/D/54/ 20 - 21", fields["invoice_number"].Text);
        Assert.Equal("28/07/2020", fields["invoice_date"].Text);
    }
}
