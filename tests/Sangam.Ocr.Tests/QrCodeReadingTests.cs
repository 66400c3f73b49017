using System.Text;
using System.Text.Json;
using Sangam.India.EInvoicing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;
using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class QrCodeReadingTests(ReaderFixture fixture)
{
    [Fact]
    public async Task The_real_nic_signed_qr_of_2020_verifies_against_nics_bundled_key()
    {
        using var sample = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "irp-response-2020.json")));
        var signedQr = sample.RootElement.GetProperty("SignedQRCode").GetString()!;
        var page = Samples.Page(drawing => drawing.QrCode(60, 60, 150, signedQr));

        var code = Assert.Single((await ReadCodes(DocumentRenderer.Render([page], RenderSpec.CleanPng(300)))).QrCodes);

        Assert.Equal(QrCodeKind.EInvoiceSignedQr, code.Kind);
        Assert.Equal(NicJwsVerdict.Verified, code.Signature!.Verdict);
        Assert.Equal("115F4426617A7938BE1BA06DBEE91A427584EDAB", code.Signature.Kid);
        Assert.Equal(sample.RootElement.GetProperty("Irn").GetString(), code.Claims!.Irn);
    }

    [Fact]
    public async Task A_tampered_signed_qr_is_reported_as_a_bad_signature_with_its_reason()
    {
        var invoice = Samples.Invoice(seed: 41, fixture.Signer);
        var parts = invoice.SignedQrCode!.Split('.');
        var forgedClaims = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace(invoice.Supplier.Gstin, "27AAPFU0939F1ZV", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(forgedClaims)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";

        var code = Assert.Single((await ReadCodes(QrPage(forged))).QrCodes);

        Assert.Equal(NicJwsVerdict.BadSignature, code.Signature!.Verdict);
        Assert.False(code.Signature.Verified);
        Assert.False(string.IsNullOrWhiteSpace(code.Signature.Reason));
    }

    [Fact]
    public async Task Upi_and_plain_text_codes_are_classified_and_upi_is_parsed()
    {
        var reading = await ReadCodes(QrPage("upi://pay?pa=kaveri.agro@okicici&pn=Kaveri%20Agro%20Foods&am=25960.00&cu=INR&tn=INV-2291", "LR No. 88213 / Truck MH12AB1234"));

        var upi = Assert.Single(reading.QrCodes, code => code.Kind == QrCodeKind.Upi).Upi!;
        Assert.Equal("kaveri.agro@okicici", upi.PayeeAddress);
        Assert.Equal("Kaveri Agro Foods", upi.PayeeName);
        Assert.Equal(25960.00m, upi.Amount);
        Assert.Equal("INV-2291", upi.Note);
        var text = Assert.Single(reading.QrCodes, code => code.Kind == QrCodeKind.Text);
        Assert.Null(text.Signature);
    }

    [Fact]
    public void A_jws_like_text_that_is_not_one_is_plain_text()
    {
        var code = QrCodeClassifier.Classify(new Qr.QrCode(1, "eyJhbGciOi.not-base64!.x", default), fixture.Keys);

        Assert.Equal(QrCodeKind.Text, code.Kind);
    }

    private async Task<QrCodesReading> ReadCodes(byte[] file) =>
        Assert.IsType<QrCodesReading>((await fixture.Reader.ReadAsync(file, DocumentType.QrCode, fixture.Keys)).GetValueOrThrow());

    private static byte[] QrPage(params string[] payloads) =>
        DocumentRenderer.Render([Samples.Page(drawing =>
        {
            for (var i = 0; i < payloads.Length; i++)
            {
                drawing.QrCode(60 + (i * 250), 80, 150, payloads[i]);
            }
        })], RenderSpec.CleanPng(200));

    private static string Pad(string base64Url)
    {
        var base64 = base64Url.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }
}
