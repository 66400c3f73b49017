using Sangam.Ocr.Documents;
using Sangam.Ocr.Recognition;
using Sangam.Ocr.Tests.RealDocuments;

namespace Sangam.Ocr.Tests;

/// <summary>
/// A bill's totals printed with the rupee sign, which Tesseract's English model does not know: on a photo it reads
/// "₹13,650.00" as "213,650.00". The figure without its leading 2 is what makes the taxable value and the tax add up.
/// The networks that read photos when they are loaded know the sign.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class RupeeSignTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_rupee_sign_read_as_a_2_is_dropped_where_the_sum_says_so()
    {
        var reading = await ReadByTesseract(TotalsBill.Photo(new("Sub Total", "₹13,000.00"), new("IGST@5.0%", "₹650.00"), new("Total", "₹13,650.00")));

        var fields = Assert.Single(reading.Invoices).Fields;
        Assert.Equal("13650.00", fields["invoice_amount"].Text);
        Assert.Contains("₹ sign", fields["invoice_amount"].Evidence, StringComparison.Ordinal);
        Assert.Equal("13000.00", fields["total_taxable"].Text);
        Assert.Equal("650.00", fields["total_igst_amount"].Text);
    }

    [Fact]
    public async Task A_photo_read_by_the_networks_reads_the_rupee_sign_as_one()
    {
        var reading = await fixture.ReadInvoices(TotalsBill.Photo(new("Sub Total", "₹13,000.00"), new("IGST@5.0%", "₹650.00"), new("Total", "₹13,650.00")));

        var fields = Assert.Single(reading.Invoices).Fields;
        Assert.Equal("13650.00", fields["invoice_amount"].Text);
        Assert.DoesNotContain("₹ sign", fields["invoice_amount"].Evidence, StringComparison.Ordinal);
        Assert.Equal("13000.00", fields["total_taxable"].Text);
    }

    [Theory]
    [InlineData("KevinG45__invoice-extraction/GST005.pdf", "211.95")]
    [InlineData("KevinG45__invoice-extraction/GST24030.pdf", "31.50")]
    public async Task The_taxes_of_a_real_image_only_invoice_lose_the_2_their_rupee_sign_was_read_as(string document, string eachHead)
    {
        var reading = await fixture.ReadInvoices(RealCorpus.Document(document));

        var fields = Assert.Single(reading.Invoices).Fields;
        Assert.Equal(eachHead, fields["total_cgst_amount"].Text);
        Assert.Equal(eachHead, fields["total_sgst_amount"].Text);
    }

    [Fact]
    public async Task A_total_that_begins_with_a_2_is_kept_when_it_adds_up_as_printed()
    {
        var reading = await ReadByTesseract(TotalsBill.Photo(new("Sub Total", "23,000.00"), new("IGST@5.0%", "1,150.00"), new("Total", "24,150.00")));

        var fields = Assert.Single(reading.Invoices).Fields;
        Assert.Equal("24150.00", fields["invoice_amount"].Text);
        Assert.DoesNotContain("₹ sign", fields["invoice_amount"].Evidence, StringComparison.Ordinal);
        Assert.Equal("23000.00", fields["total_taxable"].Text);
    }

    private async Task<InvoiceReading> ReadByTesseract(byte[] photo)
    {
        using var reader = new DocumentReader(new DocumentReaderOptions
        {
            Ocr = new OcrEngineOptions { MaxEngines = 1, LineModel = RecognitionModel.BesideBinaries, PhotosByNetwork = false },
        });
        return Assert.IsType<InvoiceReading>((await reader.ReadAsync(photo, DocumentType.Invoice, fixture.Keys)).GetValueOrThrow());
    }
}
