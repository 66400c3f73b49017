using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A scanned bill whose own QR code (a billing program's, not the IRP's) holds the invoice number: the code's text is
/// exact, so it spells a number read from the pixels that matches it up to case and the shapes OCR confuses.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class QrTextSpellingTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_number_read_from_pixels_takes_the_spelling_of_the_qr_codes_matching_token()
    {
        var fields = await Read(printed: "Bi/2026-27/116", payload: "BI/2026-27/116,27.6.2026,7002128,17436786");

        Assert.Equal("BI/2026-27/116", fields["invoice_number"].Text);
        Assert.Contains("QR code", fields["invoice_number"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_that_differs_by_more_than_a_confusable_shape_leaves_the_number_as_read()
    {
        var fields = await Read(printed: "Bi/2026-27/116", payload: "BI/2026-27/117,27.6.2026,7002128,17436786");

        Assert.Equal("Bi/2026-27/116", fields["invoice_number"].Text);
    }

    private async Task<IReadOnlyDictionary<string, Documents.ExtractedField>> Read(string printed, string payload)
    {
        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([Samples.Page(drawing =>
        {
            drawing.Text(220, 50, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Shree Balaji Traders", 12, bold: true);
            drawing.Text(36, 130, $"Invoice No: {printed}", 11);
            drawing.Text(36, 150, "Date: 27/06/2026", 11);
            drawing.QrCode(430, 80, 110, payload);
            drawing.Text(36, 220, "Cement bags", 11);
            drawing.Text(540, 220, "10,430.00", 11, align: TextAlign.Right);
            drawing.Text(36, 245, "Total", 11, bold: true);
            drawing.Text(540, 245, "10,430.00", 11, align: TextAlign.Right);
        })], Samples.ScannedPdf));
        return Assert.Single(reading.Invoices).Fields;
    }
}
