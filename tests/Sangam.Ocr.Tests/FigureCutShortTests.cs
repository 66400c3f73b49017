namespace Sangam.Ocr.Tests;

/// <summary>
/// A photographed bill's total printed white on a band that fades from deep red to pale: Tesseract reads the start of
/// the figure and loses the rest where the band turns pale ("12;"). The piece is read again over the paper after it and
/// the figure is read whole.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class FigureCutShortTests(ReaderFixture fixture)
{
    private static readonly TotalsRow[] Totals =
    [
        new("Sub Total", "13,000.00"),
        new("IGST@5.0%", "650.00"),
        new("Total", "₹13,650.00", OnBand: true),
    ];

    [Fact]
    public async Task A_figure_Tesseract_cut_short_is_read_whole_the_second_time()
    {
        var pages = (await fixture.Reader.ReadPagesAsync(TotalsBill.Photo(Totals), maxPages: 1)).GetValueOrThrow();

        var total = Assert.Single(Assert.Single(pages.Pages).Lines, line => line.Text.StartsWith("Total", StringComparison.Ordinal));
        Assert.EndsWith("13,650.00", total.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_figure_read_whole_is_the_invoice_amount()
    {
        var reading = await fixture.ReadInvoices(TotalsBill.Photo(Totals));

        Assert.Equal("13650.00", Assert.Single(reading.Invoices).Fields["invoice_amount"].Text);
    }
}
