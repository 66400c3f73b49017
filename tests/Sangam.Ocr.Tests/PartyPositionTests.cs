using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// Whose each GSTIN is when no party heading could be read (a scan that garbled "Details of Receiver", a template
/// that prints only "Name" and "GSTIN/PAN"): the letterhead's GSTIN is the supplier's, one other party is the buyer,
/// and a GSTIN under the "For ..." signature is the supplier's wherever the page prints it. A party block prints one
/// GSTIN line: a GSTIN after it is not that party's.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class PartyPositionTests(ReaderFixture fixture)
{
    private const string Supplier = "33AAJFR5531P1ZS";

    private const string Buyer = "33AAGCM1234Q1ZC";

    /// <summary>The buyer's own registration in another state, with the same PAN.</summary>
    private const string BuyerElsewhere = "27AAGCM1234Q1Z5";

    private const string ThirdParty = "33AABCT6620L1ZC";

    [Fact]
    public async Task The_other_gstin_under_no_heading_is_the_buyers_printed_twice_or_not()
    {
        var fields = await fixture.ReadOneInvoice(Unheaded(billedTo: Buyer, shippedTo: Buyer));

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.Equal(Buyer, fields["buyer_gstin"].Text);
        Assert.True(fields["buyer_gstin"].Accuracy < 90, "a buyer placed by position alone is a guess");
    }

    [Fact]
    public async Task Two_gstins_of_one_pan_under_no_heading_are_one_buyer_billed_to_first()
    {
        var fields = await fixture.ReadOneInvoice(Unheaded(billedTo: Buyer, shippedTo: BuyerElsewhere));

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.Equal(Buyer, fields["buyer_gstin"].Text);
    }

    [Fact]
    public async Task Two_other_parties_under_no_heading_leave_the_buyer_unread()
    {
        var fields = await fixture.ReadOneInvoice(Unheaded(billedTo: Buyer, shippedTo: ThirdParty));

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.False(fields.ContainsKey("buyer_gstin"));
    }

    [Fact]
    public async Task A_gstin_under_the_signature_is_the_suppliers_and_the_one_at_the_top_the_buyers()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 50, "Kaveri Surgical House", 14, bold: true);
            drawing.Text(36, 70, "14 Station Road, Jaipur 302012", 9);
            drawing.Text(36, 100, "Receiptient's Name", 9);
            drawing.Text(36, 115, "Meera Pharmaceuticals", 9);
            drawing.Text(330, 100, "Invoice No : KSH25260417", 9);
            drawing.Text(330, 115, "Invoice Date : 15-05-2025", 9);
            drawing.Text(330, 130, $"GSTIN No. : {Buyer}", 9);
            drawing.Text(36, 180, "Surgical gloves", 9);
            drawing.Text(500, 180, "1000.00", 9, align: TextAlign.Right);
            drawing.Text(36, 200, "Grand Total", 9, bold: true);
            drawing.Text(500, 200, "1120.00", 9, align: TextAlign.Right);
            drawing.Text(36, 240, "Goods once sold will not be taken back.", 8);
            drawing.Text(360, 240, "For Kaveri Surgical House", 9);
            drawing.Text(360, 255, $"GSTIN : {Supplier}", 9);
            drawing.Text(360, 290, "Authorised Signatory", 9);
        });

        var fields = await fixture.ReadOneInvoice(page);

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.Equal(Buyer, fields["buyer_gstin"].Text);
    }

    [Fact]
    public async Task The_suppliers_gstin_misread_under_the_buyer_heading_is_no_buyer()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 50, "Raajaa Silk Industries", 14, bold: true);
            drawing.Text(36, 70, $"GSTIN : {Supplier}", 9);
            drawing.Text(36, 100, "Bill To", 9, bold: true);
            drawing.Text(36, 115, "Counter Sale", 9);
            drawing.Text(36, 130, $"GSTIN : {Supplier[..12]}IZS", 9);
            drawing.Text(330, 100, "Invoice No : 151", 9);
            drawing.Text(330, 115, "Invoice Date : 14-11-2024", 9);
            drawing.Text(36, 180, "Grand Total", 9, bold: true);
            drawing.Text(500, 180, "1120.00", 9, align: TextAlign.Right);
        });

        var fields = await fixture.ReadOneInvoice(page);

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.False(fields.ContainsKey("buyer_gstin"), $"buyer: {fields.GetValueOrDefault("buyer_gstin")?.Text}");
    }

    /// <summary>
    /// A dealer's bill that prints the customer's account block (no party heading) before its own GSTIN, which is in
    /// the footer: position alone gives them the other way round; the PANs' name letters against the letterhead turn
    /// them.
    /// </summary>
    [Fact]
    public async Task Gstins_placed_by_position_against_their_pans_name_letters_are_turned()
    {
        const string footerSupplier = "33AABCG4821K1ZS";
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 50, "Gokul Motors Pvt. Ltd.", 16, bold: true);
            drawing.Text(36, 72, "Authorised Dealer, Avinashi Road, Coimbatore", 9);
            drawing.Text(230, 110, "TAX INVOICE", 12, bold: true);
            drawing.Text(36, 140, "AC NAME : Meera Pharmaceuticals", 9);
            drawing.Text(330, 140, "INVOICE NO. : AVR-000835", 9);
            drawing.Text(36, 155, $"GSTIN NO. : {Buyer}", 9);
            drawing.Text(330, 155, "INVOICE DATE : 05/08/2024", 9);
            drawing.Text(36, 220, "Two-wheeler, model CT110X", 9);
            drawing.Text(500, 220, "55,535.94", 9, align: TextAlign.Right);
            drawing.Text(300, 250, "GRAND TOTAL (Rs.)", 9, bold: true);
            drawing.Text(500, 250, "71,086.00", 9, align: TextAlign.Right);
            drawing.Text(36, 280, $"GSTIN NO. : {footerSupplier}", 9);
        });

        var fields = await fixture.ReadOneInvoice(page);

        Assert.Equal(footerSupplier, fields["supplier_gstin"].Text);
        Assert.Equal(Buyer, fields["buyer_gstin"].Text);
        Assert.Contains("PAN", fields["supplier_gstin"].Evidence, StringComparison.Ordinal);
    }

    /// <summary>A bill of supply whose party block has no heading: "Name" and "GSTIN/PAN" twice, side by side.</summary>
    [Fact]
    public async Task A_buyer_block_that_printed_its_gstin_line_does_not_claim_the_suppliers_at_the_foot()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(200, 50, "RECEIPT VOUCHER", 12, bold: true);
            drawing.Text(400, 70, "Receipt No : UED/61528/22-23", 9);
            drawing.Text(400, 82, "Date of Supply : 24/03/2023", 9);
            drawing.Text(36, 100, "Bill To,", 9, bold: true);
            drawing.Text(36, 112, "Anshu Verma", 9);
            drawing.Text(36, 124, "House 139, Brickfield Shelters, Anekal Taluk", 9);
            drawing.Text(36, 136, "Bengaluru, Karnataka", 9);
            drawing.Text(36, 148, "Place of Supply: Karnataka (State Code : 29)", 9);
            drawing.Text(36, 160, "GSTIN : Not Applicable", 9);
            drawing.Text(50, 185, "Particulars", 9, bold: true);
            drawing.Text(540, 185, "Amount (Rs.)", 9, align: TextAlign.Right);
            drawing.Text(50, 200, "Towards Program Fees", 9);
            drawing.Text(540, 200, "202542.00", 9, align: TextAlign.Right);
            drawing.Text(50, 215, "IGST @ 18% :", 9);
            drawing.Text(540, 215, "36458.00", 9, align: TextAlign.Right);
            drawing.Text(50, 230, "Total Amount :", 9, bold: true);
            drawing.Text(540, 230, "239000.00", 9, align: TextAlign.Right);
            drawing.Text(50, 250, "Learnwell Education Private Limited", 9);
            drawing.Text(50, 262, "PAN No: AAJFR5531P", 9);
            drawing.Text(50, 274, $"GSTIN: {Supplier}", 9);
            drawing.Text(50, 286, "State Code : 33", 9);
        }));

        Assert.Equal(Supplier, fields["supplier_gstin"].Text);
        Assert.False(fields.ContainsKey("buyer_gstin"));
    }

    private static PageDrawing Unheaded(string billedTo, string shippedTo) => Samples.Page(drawing =>
    {
        drawing.Text(36, 50, "Palani Poultry Private Limited", 14, bold: true);
        drawing.Text(36, 70, "12 Market Street, Palani 624601", 9);
        drawing.Text(36, 85, $"GSTIN : {Supplier}", 9);
        drawing.Text(36, 120, "BILL OF SUPPLY", 12, bold: true);
        drawing.Text(36, 145, "Invoice No : SIN/1025-0042", 9);
        drawing.Text(36, 160, "Invoice Date : 01-Oct-2025", 9);
        drawing.Text(36, 250, "Name  Coastal Foods Limited", 9);
        drawing.Text(320, 250, "Name  Coastal Foods Limited", 9);
        drawing.Text(36, 265, "Address  7 Harbour Road, Chennai 600001", 9);
        drawing.Text(320, 265, "Address  22 Mill Road, Madurai 625001", 9);
        drawing.Text(36, 280, $"GSTIN/PAN  {billedTo}", 9);
        drawing.Text(320, 280, $"GSTIN/PAN  {shippedTo}", 9);
        drawing.Text(36, 330, "Fresh chicken, chilled", 9);
        drawing.Text(500, 330, "6636.00", 9, align: TextAlign.Right);
        drawing.Text(36, 350, "Total Amount", 9, bold: true);
        drawing.Text(500, 350, "6636.00", 9, align: TextAlign.Right);
    });
}
