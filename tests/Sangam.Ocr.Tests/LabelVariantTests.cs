using Sangam.Ocr.Corpus.Drawing;

namespace Sangam.Ocr.Tests;

/// <summary>
/// Label spellings of invoices printed by European ERPs for Indian importers ("Doc. Nr.", and "Pos." heading the item
/// column), labels a scan or photo clipped ("Invoice N", "Invoice Dat"), "Total Amt" for "Total Amount", and a
/// ticketing platform's "Invoice Serial #" and "Taxable Total", a prepaid bill's "Invoice/Payment Date", "Total Amount
/// before Tax", one label for the number and the date ("Invoice No. &amp; Date"), and point-of-sale and utility labels
/// ("Invoice ID", "Memo No.", "Bill Total", "Net Bill Amount", "Final Amount"), "Sales Invoice No.", "Invoice Sl. No.",
/// and the buyer's heading in its many forms ("Party Name", "Details of Buyer", "Recipient"); a colon a scan read
/// as "+" between a label and its value, and a speck read as a letter after a label.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class LabelVariantTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_number_under_doc_nr_is_the_invoice_number_and_an_item_position_column_is_no_place_of_supply()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(300, 60, "Doc. Nr.", 9);
            drawing.Text(420, 60, "Doc. Date", 9);
            drawing.Text(36, 75, "INVOICE", 14, bold: true);
            drawing.Text(300, 75, "0090531881", 9);
            drawing.Text(420, 75, "28.02.2026", 9);
            drawing.Text(36, 100, "Seller", 9, bold: true);
            drawing.Text(36, 115, "Harbour Acoustics Sdn. Bhd.", 9);
            drawing.Text(36, 200, "Pos.", 9);
            drawing.Text(80, 200, "Article", 9);
            drawing.Text(500, 200, "Amount", 9, align: TextAlign.Right);
            drawing.Text(36, 215, "27", 9);
            drawing.Text(80, 215, "Speaker 168 mm", 9);
            drawing.Text(500, 215, "6,831.22", 9, align: TextAlign.Right);
            drawing.Text(36, 240, "Total", 9, bold: true);
            drawing.Text(500, 240, "6,831.22", 9, align: TextAlign.Right);
        }));

        Assert.False(fields.ContainsKey("place_of_supply"));
        Assert.Equal("0090531881", fields["invoice_number"].Text);
        Assert.Equal("28/02/2026", fields["invoice_date"].Text);
    }

    [Theory]
    [InlineData("Invoice No. & Date : GST/1234/24-25 dt. 12/03/2024", "GST/1234/24-25")]
    [InlineData("Invoice No & Date: 1234 / 12-03-2024", "1234")]
    [InlineData("Bill No. & Date : 778 Dt. 12.03.2024", "778")]
    [InlineData("Invoice No./Date : INV-0091 / 12-03-2024", "INV-0091")]
    public async Task One_label_for_the_number_and_the_date_gives_both(string line, string number)
    {
        var fields = await fixture.ReadOneInvoice(TaxedBill(line, dateLine: null, "Total"));

        Assert.Equal(number, fields["invoice_number"].Text);
        Assert.Equal("12/03/2024", fields["invoice_date"].Text);
    }

    [Theory]
    [InlineData("Invoice ID: ZB-2291", "ZB-2291", "Net Amount")]
    [InlineData("Memo No. 4412", "4412", "Net Bill Amount")]
    [InlineData("Bill No: 88", "88", "Bill Total")]
    [InlineData("Inv No. 7781", "7781", "Final Amount")]
    [InlineData("Sales Invoice No: 7781", "7781", "Total Amount")]
    [InlineData("Invoice Sl. No. 7781", "7781", "Grand Total")]
    [InlineData("Bil No. 4412", "4412", "Net Amount")]
    [InlineData("Bill No. 4412", "4412", "Gr. Total")]
    [InlineData("Bill N0:0117", "0117", "Total")]
    [InlineData("Involce No. 7781", "7781", "Total")]
    public async Task Point_of_sale_and_utility_labels_name_the_number_and_the_total(string numberLine, string number, string totalLabel)
    {
        var fields = await fixture.ReadOneInvoice(TaxedBill(numberLine, "Date: 12/03/2024", totalLabel));

        Assert.Equal(number, fields["invoice_number"].Text);
        Assert.Equal("35400.00", fields["invoice_amount"].Text);
    }

    [Theory]
    [InlineData("Buyer's Name & Address")]
    [InlineData("Name & Address of Buyer")]
    [InlineData("Details of Buyer")]
    [InlineData("Receiver Details")]
    [InlineData("Recipient:")]
    [InlineData("Party Name:")]
    [InlineData("Party Details:")]
    [InlineData("Client:")]
    public async Task Buyer_headings_in_their_printed_forms_head_the_buyers_block(string heading)
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(200, 40, "TAX INVOICE", 14, bold: true);
            drawing.Text(120, 60, "[x] ORIGINAL FOR", 8);
            drawing.Text(210, 60, "RECIPIENT", 8);
            drawing.Text(250, 80, "Shree Ganesh Traders", 12, bold: true);
            drawing.Text(250, 95, "12 Market Road, Hyderabad", 9);
            drawing.Text(250, 110, "GSTIN: 36AAJFR5531P1ZM", 9);
            drawing.Text(36, 140, "Invoice No: 7781", 9);
            drawing.Text(36, 155, "Date: 12/03/2024", 9);
            drawing.Text(36, 185, heading, 9, bold: true);
            drawing.Text(36, 200, "Mehta Constructions Pvt Ltd", 9);
            drawing.Text(36, 215, "Andheri East, Mumbai", 9);
            drawing.Text(36, 230, "GSTIN: 27AAGCM1234Q1Z5", 9);
            drawing.Text(36, 300, "Steel racks", 9);
            drawing.Text(500, 300, "30,000.00", 9, align: TextAlign.Right);
            drawing.Text(36, 330, "Total", 9, bold: true);
            drawing.Text(500, 330, "30,000.00", 9, align: TextAlign.Right);
        }));

        // Every copy's "Original for Recipient" (its tick box set apart) marks the copy, not the buyer's block.
        Assert.Equal("36AAJFR5531P1ZM", fields["supplier_gstin"].Text);
        Assert.Equal("27AAGCM1234Q1Z5", fields["buyer_gstin"].Text);
        Assert.Contains("under the Buyer heading", fields["buyer_gstin"].Evidence, StringComparison.Ordinal);
        Assert.Equal("Mehta Constructions Pvt Ltd", fields["buyer_name"].Text);
    }

    [Fact]
    public async Task Invoice_labels_that_lost_their_last_letters_still_name_the_number_and_date()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Tax Invoice", 14, bold: true);
            drawing.Text(300, 90, "Invoice N", 9);
            drawing.Text(420, 90, "Ack Date", 9);
            drawing.Text(300, 105, "2526/T0225", 9);
            drawing.Text(420, 105, "21-May-25", 9);
            drawing.Text(300, 130, "INVOICE DAT: 23/05/2025", 9);
            drawing.Text(36, 200, "Steel racks", 9);
            drawing.Text(500, 200, "35,000.00", 9, align: TextAlign.Right);
            drawing.Text(36, 230, "Total", 9, bold: true);
            drawing.Text(500, 230, "41,300.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("2526/T0225", fields["invoice_number"].Text);
        Assert.Equal("23/05/2025", fields["invoice_date"].Text);
    }

    /// <summary>"Total Amt" is "Total Amount", plainer than a bare "Total" printed under it (the cartons' count).</summary>
    [Fact]
    public async Task Total_amt_names_the_total_over_a_bare_total_below_it()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Tax Invoice", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : GFL/2526/4471", 9);
            drawing.Text(36, 200, "Chicken Popcorn 2 Kg - Chilled", 9);
            drawing.Text(500, 200, "16,698.00", 9, align: TextAlign.Right);
            drawing.Text(300, 230, "Total Amt", 9, bold: true);
            drawing.Text(500, 230, "16,698.00", 9, align: TextAlign.Right);
            drawing.Text(36, 270, "Cartons", 9);
            drawing.Text(36, 285, "Total", 9);
            drawing.Text(200, 285, "20", 9);
        }));

        Assert.Equal("16698.00", fields["invoice_amount"].Text);
    }

    /// <summary>
    /// A value a photo's curve put on the line above its label, starting where the label ends: still the label's,
    /// and not the buyer's name printed before it on that line.
    /// </summary>
    [Fact]
    public async Task A_value_broken_off_onto_the_line_above_where_its_label_ends_is_the_labels()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(230, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 95, "Name  RMKV SILKS PRIVATE LIMITED", 9);
            drawing.Text(357, 95, "UCPL012359", 9);
            drawing.Text(300, 100, "Invoice No.:", 9);
            drawing.Text(440, 100, "Date", 9);
            drawing.Text(490, 100, "17/02/2025", 9);
            drawing.Text(36, 200, "Silk sarees", 9);
            drawing.Text(500, 200, "38,237.14", 9, align: TextAlign.Right);
            drawing.Text(36, 220, "Total Amount", 9, bold: true);
            drawing.Text(500, 220, "40,149.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("UCPL012359", fields["invoice_number"].Text);
    }

    [Fact]
    public async Task Invoice_serial_hash_names_the_number_and_taxable_total_the_taxable_value()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(230, 60, "Tax Invoice", 14, bold: true);
            drawing.Text(36, 100, "Name of the buyer: Kovuri Venkata", 9);
            drawing.Text(330, 100, "Invoice Serial #: 11410462", 9);
            drawing.Text(330, 115, "Invoice Date : May 03, 2024", 9);
            drawing.Text(36, 160, "1   Platform Fee", 9);
            drawing.Text(500, 160, "155.00", 9, align: TextAlign.Right);
            drawing.Text(300, 190, "Taxable Total:", 9);
            drawing.Text(500, 190, "155.00", 9, align: TextAlign.Right);
            drawing.Text(250, 205, "CGST Amount @ Rate of 9.00%:", 9);
            drawing.Text(500, 205, "13.95", 9, align: TextAlign.Right);
            drawing.Text(250, 220, "SGST Amount @ Rate of 9.00%:", 9);
            drawing.Text(500, 220, "13.95", 9, align: TextAlign.Right);
            drawing.Text(280, 235, "Total Invoice Amount:", 9);
            drawing.Text(500, 235, "182.90", 9, align: TextAlign.Right);
        }));

        Assert.Equal("11410462", fields["invoice_number"].Text);
        Assert.Equal("155.00", fields["total_taxable"].Text);
        Assert.Equal("182.90", fields["invoice_amount"].Text);
    }

    /// <summary>A prepaid recharge's one date for invoice and payment: the invoice's date, though "Payment" precedes "Date".</summary>
    [Fact]
    public async Task Invoice_slash_payment_date_is_the_invoice_date()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(250, 60, "Tax Invoice", 14, bold: true);
            drawing.Text(36, 100, "Invoice No : 36R22I0000606677", 9);
            drawing.Text(300, 100, "Invoice/Payment Date & Time : 19 Apr,2021 12:24:57", 9);
            drawing.Text(300, 115, "Payment Ref. No. : 110912357727", 9);
            drawing.Text(330, 200, "Total Taxable Amount 846.62", 9);
            drawing.Text(380, 215, "CGST (9%) 76.19", 9);
            drawing.Text(380, 230, "SGST (9%) 76.19", 9);
            drawing.Text(370, 245, "Total Amount 999.00", 9);
        }));

        Assert.Equal("19/04/2021", fields["invoice_date"].Text);
    }

    /// <summary>
    /// A common template's summary, "Total Amount before Tax" over "Total Amount after Tax": the first is the taxable value,
    /// never the total, also on an exempt service where no tax is levied and the two are equal.
    /// </summary>
    [Fact]
    public async Task Total_amount_before_tax_is_the_taxable_value()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(250, 60, "Tax Invoice", 14, bold: true);
            drawing.Text(36, 100, "Invoice No : CCS/DEL/2425/0412", 9);
            drawing.Text(36, 200, "1   Air Freight - Import", 9);
            drawing.Text(500, 200, "37,500.00", 9, align: TextAlign.Right);
            drawing.Text(300, 240, "Total Amount before Tax", 9);
            drawing.Text(430, 240, "INR", 9);
            drawing.Text(500, 240, "37,500.00", 9, align: TextAlign.Right);
            drawing.Text(300, 255, "Add: GST", 9);
            drawing.Text(430, 255, "INR", 9);
            drawing.Text(500, 255, "0.00", 9, align: TextAlign.Right);
            drawing.Text(300, 270, "Total Amount After Tax", 9);
            drawing.Text(430, 270, "INR", 9);
            drawing.Text(500, 270, "37,500.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("37500.00", fields["total_taxable"].Text);
        Assert.Equal("37500.00", fields["invoice_amount"].Text);
    }

    /// <summary>
    /// A bill's summary row with a sub-header under "Amount Payable" ("Till Due Date" | "After Due Date"): the amount payable
    /// is the first sub-column's figure, two lines under the label.
    /// </summary>
    [Fact]
    public async Task The_amount_payable_under_a_due_date_sub_header_is_the_total()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(250, 60, "Retail Invoice", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. 25270014537", 9);
            drawing.Text(36, 160, "Previous Balance", 9);
            drawing.Text(200, 160, "Current Charges", 9);
            drawing.Text(430, 160, "Amount Payable (Rs.)", 9);
            drawing.Text(36, 175, "2080.27", 9);
            drawing.Text(200, 175, "18105.78", 9);
            drawing.Text(400, 175, "Till Due Date", 9);
            drawing.Text(490, 175, "After Due Date", 9);
            drawing.Text(400, 190, "20186.05", 9);
            drawing.Text(490, 190, "20261.05", 9);
            drawing.Text(36, 240, "Gas consumption", 9);
            drawing.Text(300, 240, "Total", 9);
            drawing.Text(500, 240, "17202.64", 9, align: TextAlign.Right);
        }));

        Assert.Equal("20186.05", fields["invoice_amount"].Text);
    }

    /// <summary>A bill of one item taxed at 9 % + 9 %: its number line (and date line), the item, the taxes and the total under <paramref name="totalLabel"/>.</summary>
    [Fact]
    public async Task A_colon_read_as_a_plus_between_a_label_and_its_value_is_a_separator()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(240, 50, "BILL OF SUPPLY", 10, bold: true);
            drawing.Text(36, 80, "Patient Id", 9);
            drawing.Text(130, 80, ": RH1000077148", 9);
            drawing.Text(330, 80, "Bill No", 9);
            drawing.Text(430, 80, "+", 9);
            drawing.Text(442, 80, "RHOPBL/25006812", 9);
            drawing.Text(330, 95, "Bill Date", 9);
            drawing.Text(430, 95, "+", 9);
            drawing.Text(442, 95, "24/04/2024 09:02", 9);
            drawing.Text(36, 200, "Health check package", 9);
            drawing.Text(540, 200, "6500.00", 9, align: TextAlign.Right);
            drawing.Text(400, 230, "Net Payable", 9, bold: true);
            drawing.Text(540, 230, "6500.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("RHOPBL/25006812", fields["invoice_number"].Text);
        Assert.Equal("24/04/2024", fields["invoice_date"].Text);
    }

    [Fact]
    public async Task A_speck_read_as_a_letter_after_a_label_leaves_the_value_beside_it_the_labels()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(240, 50, "SHREE CANTEEN", 12, bold: true);
            drawing.Text(36, 90, "Inv No: CHQ-51375", 9);
            drawing.Text(330, 90, "Date e", 9);
            drawing.Text(400, 90, ": 14/10/25", 9);
            drawing.Text(36, 130, "1 Poha", 9);
            drawing.Text(540, 130, "30.00", 9, align: TextAlign.Right);
            drawing.Text(400, 160, "Net Amount:", 9, bold: true);
            drawing.Text(540, 160, "30.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal("14/10/2025", fields["invoice_date"].Text);
        Assert.Equal("labelled 'Date'", fields["invoice_date"].Evidence);
    }

    private static PageDrawing TaxedBill(string numberLine, string? dateLine, string totalLabel) => Samples.Page(drawing =>
    {
        drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
        drawing.Text(36, 90, numberLine, 9);
        if (dateLine is not null)
        {
            drawing.Text(300, 90, dateLine, 9);
        }

        drawing.Text(36, 200, "Steel racks", 9);
        drawing.Text(500, 200, "30,000.00", 9, align: TextAlign.Right);
        drawing.Text(36, 215, "CGST @ 9%", 9);
        drawing.Text(500, 215, "2,700.00", 9, align: TextAlign.Right);
        drawing.Text(36, 230, "SGST @ 9%", 9);
        drawing.Text(500, 230, "2,700.00", 9, align: TextAlign.Right);
        drawing.Text(36, 250, totalLabel, 9, bold: true);
        drawing.Text(500, 250, "35,400.00", 9, align: TextAlign.Right);
    });
}
