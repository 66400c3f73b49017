using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>Layouts beyond the tax invoice: payment receipts, fuel slips, utility statements and import checklists.</summary>
[Collection(SharedReader.Name)]
public sealed class ReceiptAndStatementTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_payment_receipt_is_dated_by_its_payment_and_totals_its_payment_amount()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "On-line Payment Receipt", 14, bold: true);
            drawing.Text(36, 100, "Receipt No", 9);
            drawing.Text(220, 100, "AM11366174", 9);
            drawing.Text(36, 120, "Payment Date and Time", 9);
            drawing.Text(220, 120, "11/06/2010 15:48:15", 9);
            drawing.Text(36, 140, "Payment Amount (Rs.)", 9);
            drawing.Text(220, 140, "599.85", 9);
        });

        var fields = await ReadInvoice(page);

        Assert.Equal("AM11366174", fields["invoice_number"].Text);
        Assert.Equal("11/06/2010", fields["invoice_date"].Text);
        Assert.Equal("599.85", fields["invoice_amount"].Text);
    }

    [Fact]
    public async Task A_receipt_printing_its_own_date_is_not_dated_by_the_payment()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "RECEIPT", 14, bold: true);
            drawing.Text(36, 100, "Receipt No: R-2231", 9);
            drawing.Text(36, 120, "Receipt Date: 01/06/2024", 9);
            drawing.Text(36, 300, "Payment Date: 11/06/2024", 9);
        });

        Assert.Equal("01/06/2024", (await ReadInvoice(page))["invoice_date"].Text);
    }

    [Fact]
    public async Task A_statement_total_is_the_amount_payable_in_the_cell_under_its_heading_not_a_consumption_total()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "Retail Invoice", 14, bold: true);
            drawing.Text(36, 100, "Invoice No. : 25270014537", 9);
            drawing.Text(36, 200, "Previous Balance", 9);
            drawing.Text(200, 200, "Current Charges", 9);
            drawing.Text(380, 200, "Amount Payable (Rs.)", 9);
            drawing.Text(36, 215, "2080.27", 9);
            drawing.Text(200, 215, "18105.78", 9);
            drawing.Text(380, 215, "20186.05", 9);
            drawing.Text(36, 260, "Total Consumption 348.16", 9);
            drawing.Text(300, 260, "Total 17202.64", 9);
        });

        var fields = await ReadInvoice(page);

        Assert.Equal("20186.05", fields["invoice_amount"].Text);
        Assert.Contains("under 'Amount Payable'", fields["invoice_amount"].Evidence, StringComparison.Ordinal);
    }

    /// <summary>A fuel pump's slip: no total label, its amount confirmed by rate × volume (2.79 L at 107.49 is 299.90).</summary>
    [Theory]
    [InlineData("00300.00", "300.00")]
    [InlineData("00350.00", null)]
    public async Task A_fuel_slips_amount_is_its_total_when_rate_times_volume_gives_it(string printed, string? expected)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "VENNELA FILLING STATION", 12, bold: true);
            drawing.Text(36, 100, "Receipt No.: A2304", 9);
            drawing.Text(36, 120, "Product : Petrol", 9);
            drawing.Text(36, 140, "Rate(Rs/L) : 107.49", 9);
            drawing.Text(36, 155, "Volume(L) : 00002.79", 9);
            drawing.Text(36, 170, $"Amount(Rs) : {printed}", 9);
            drawing.Text(36, 200, "Date : 06/01/26 Time: 16:02", 9);
        });

        var fields = await ReadInvoice(page);

        Assert.Equal(expected, fields.GetValueOrDefault("invoice_amount")?.Text);
    }

    [Fact]
    public async Task An_import_checklist_gives_its_gross_totals_and_the_duty_payable_in_words()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "CheckList - BILL OF ENTRY FOR HOME CONSUMPTION", 12, bold: true);
            drawing.Text(36, 100, "BE No. / Date 9039377 dt. 02-May-2026", 9);
            drawing.Text(60, 300, "2288943.60", 9);
            drawing.Text(200, 300, "Page Total", 9);
            drawing.Text(400, 300, "514325.62", 9);
            drawing.Text(60, 315, "2651407.82", 9);
            drawing.Text(200, 315, "BE Gross Total", 9);
            drawing.Text(400, 315, "595771.00", 9);
            drawing.Text(36, 330, "Duty Payable", 9);
            drawing.Text(36, 345, "Rs. Five Lakh Ninety Five Thousand Seven Hundred Seventy One Only", 9);
        });

        var reading = Assert.IsType<BillOfEntryReading>((await fixture.Reader.ReadAsync(DocumentRenderer.Render([page], Samples.TextPdf), DocumentType.BillOfEntry, fixture.Keys)).GetValueOrThrow());

        Assert.Equal("2651407.82", reading.Header["total_ass_val"].Text);
        Assert.Equal("595771.00", reading.Header["total_duty"].Text);
        Assert.Equal("595771.00", reading.Header["total_amount"].Text);
    }

    private async Task<IReadOnlyDictionary<string, ExtractedField>> ReadInvoice(PageDrawing page)
    {
        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));
        return Assert.Single(reading.Invoices).Fields;
    }
}
