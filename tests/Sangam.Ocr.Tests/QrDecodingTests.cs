using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class QrDecodingTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_dense_signed_einvoice_qr_is_decoded_from_a_scanned_page()
    {
        var invoice = Samples.Invoice(seed: 21, fixture.Signer);
        Assert.True(invoice.SignedQrCode!.Length > 900);

        var page = await ReadSinglePage(Samples.Render(invoice, new RenderSpec(OutputFormat.Jpeg, 300, Degradation.Typical(new Random(21)))));

        Assert.Equal(invoice.SignedQrCode, Assert.Single(page.QrCodes).Text);
    }

    [Fact]
    public async Task The_qr_image_embedded_in_a_text_pdf_is_decoded()
    {
        var invoice = Samples.Invoice(seed: 22, fixture.Signer);

        var page = await ReadSinglePage(Samples.Render(invoice, Samples.TextPdf));

        Assert.Equal(invoice.SignedQrCode, Assert.Single(page.QrCodes).Text);
    }

    [Fact]
    public async Task Several_codes_on_one_page_are_all_found()
    {
        const string upi = "upi://pay?pa=balaji.traders@okhdfcbank&pn=Balaji%20Traders&am=1180.00&cu=INR";
        const string plain = "Delivery challan DC-2291, 14 packages";
        var drawn = Samples.Page(page =>
        {
            page.Text(60, 80, "Scan to pay", 12);
            page.QrCode(60, 100, 110, upi);
            page.QrCode(320, 100, 110, plain);
        });

        var page = await ReadSinglePage(DocumentRenderer.Render([drawn], RenderSpec.CleanPng(200)));

        Assert.Equal([plain, upi], page.QrCodes.Select(code => code.Text).Order());
    }

    private async Task<PageReading> ReadSinglePage(byte[] file) =>
        Assert.Single((await fixture.Reader.ReadPagesAsync(file)).GetValueOrThrow().Pages);
}
