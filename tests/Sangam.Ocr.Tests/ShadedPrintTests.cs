namespace Sangam.Ocr.Tests;

/// <summary>
/// Black print on a mid-grey shade (a total row on a grey bar, as billing templates print it), scanned: Tesseract's one
/// threshold takes the shade for ink and returns nothing of the row, so the print no word covers is read again with the
/// shade flattened to paper.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class ShadedPrintTests(ReaderFixture fixture)
{
    private static readonly TotalsRow[] Totals =
    [
        new("Sub Total", "13,000.00"),
        new("IGST@5.0%", "650.00"),
        new("Total Amount", "13,650.00", OnBand: true),
    ];

    [Fact]
    public async Task A_total_printed_on_a_grey_shade_of_a_scanned_bill_is_read()
    {
        var fields = Assert.Single((await fixture.ReadInvoices(TotalsBill.ShadedScan(Totals))).Invoices).Fields;

        Assert.Equal("13650.00", fields["invoice_amount"].Text);
    }

    [Fact]
    public async Task The_shaded_row_is_read_once()
    {
        var pages = (await fixture.Reader.ReadPagesAsync(TotalsBill.ShadedScan(Totals), maxPages: 1)).GetValueOrThrow();

        var words = pages.Pages[0].Words;
        Assert.Single(words, word => word.Text == "13,650.00");
        Assert.Single(words, word => word.Text == "13,000.00");
    }
}
