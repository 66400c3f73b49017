namespace Sangam.Ocr.Tests;

/// <summary>
/// White print on a dark band, which Tesseract reads only by reading a poorly read line again inverted: a scanned sheet
/// gets that retry where it has a band, a photo always (its band fading to pale is read in <see cref="FigureCutShortTests"/>).
/// </summary>
[Collection(SharedReader.Name)]
public sealed class InvertedPrintTests(ReaderFixture fixture)
{
    private static readonly TotalsRow[] Totals =
    [
        new("Sub Total", "13,000.00"),
        new("IGST@5.0%", "650.00"),
        new("Total", "13,650.00", OnBand: true),
    ];

    [Fact]
    public async Task A_total_printed_white_on_a_band_of_a_scanned_bill_is_read()
    {
        var fields = Assert.Single((await fixture.ReadInvoices(TotalsBill.Scan(Totals))).Invoices).Fields;

        Assert.Equal("13650.00", fields["invoice_amount"].Text);
    }

    [Fact]
    public async Task The_band_is_read_as_print_on_the_scanned_page()
    {
        var pages = (await fixture.Reader.ReadPagesAsync(TotalsBill.Scan(Totals), maxPages: 1)).GetValueOrThrow();

        var text = string.Join('\n', pages.Pages[0].Lines.Select(line => line.Text));
        Assert.Contains("13,650.00", text, StringComparison.Ordinal);
        Assert.Equal(TextOrigin.Ocr, pages.Pages[0].Origin);
    }
}
