using System.Text;
using Sangam.Api.Accounts;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;

namespace Sangam.Api.Tests.Ocr;

/// <summary>Every bad upload is answered in the envelope with the status that says what is wrong; none reaches OCR. A good file is told by its bytes.</summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class OcrLimitsTests(OcrServer server) : IClassFixture<OcrServer>
{
    private static readonly PageDrawing OneLine = Page();

    [Fact]
    public async Task A_missing_file_is_a_400_naming_file_url()
    {
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(file: null, "invoice");

        Assert.Contains("file_url", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_body_instead_of_a_form_is_a_400_naming_file_url()
    {
        using var client = await ClientAsync();

        using var response = await client.PostAsJsonAsync("/api/v2/ocr/upload", new { file_url = "https://example.com/invoice.pdf", document_type = "invoice" });

        Assert.Contains("file_url", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("receipt")]
    [InlineData("tax invoice")]
    public async Task An_unknown_document_type_is_a_400_listing_the_allowed_values(string type)
    {
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(Pdf(), type);

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Data format failed OR wrong value entered at: document_type. Format should follow invoice|qr_code|delivery_order|BOE", message);
    }

    [Fact]
    public async Task An_unknown_bill_of_entry_format_is_a_400_listing_the_allowed_values()
    {
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(Pdf(), "BOE", "boe_v3");

        Assert.EndsWith("format. Format should follow boe|boe_v2", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_a_413()
    {
        using var client = await ClientAsync();
        var big = new byte[OcrServer.MaxUploadBytes + 1];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(big, 0);

        using var response = await client.UploadAsync(big, "invoice");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_or_image_is_a_415_whatever_its_name()
    {
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(Encoding.UTF8.GetBytes("Invoice No: 42\nTotal: 100.00\n"), "invoice");

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Unsupported file type: expected a PDF, PNG, JPEG, WebP or TIFF document.", message);
    }

    [Fact]
    public async Task A_webp_photo_is_read_from_its_bytes()
    {
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.WebP, 150, Degradation.None)), "invoice");

        var fields = (await response.ReadOkAsync())["data"]!["invoices"]!.AsArray().Single()!["field_data"]!;
        Assert.Equal("INV-0042", (string?)fields["invoice_number"]!["value"]);
    }

    public static TheoryData<string> Unreadable => ["corrupt pdf", "encrypted pdf", "pdf without pages", "png bomb", "truncated png", "truncated webp"];

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task A_file_that_cannot_be_read_is_a_422(string kind)
    {
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(UnreadableFile(kind), "invoice");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnprocessableContent);
    }

    [Fact]
    public async Task The_asynchronous_service_refuses_the_same_files_before_queueing_them()
    {
        using var client = await ClientAsync();
        using var form = OcrRequests.Form(UnreadableFile("encrypted pdf"), "invoice");

        using var response = await client.PostAsync("/api/v2/ocr/async", form);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnprocessableContent);
    }

    private static byte[] UnreadableFile(string kind) => kind switch
    {
        "corrupt pdf" => [.. Pdf()[..40], .. new byte[200]],
        "encrypted pdf" => PdfWriter.WriteEncrypted(OneLine, "s3cret"),
        "pdf without pages" => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Size 3 /Root 1 0 R >>\n%%EOF\n"),
        "png bomb" => PngClaiming(60_000, 60_000),
        "truncated png" => DocumentRenderer.Render([OneLine], RenderSpec.CleanPng(100))[..400],
        "truncated webp" => DocumentRenderer.Render([OneLine], new RenderSpec(OutputFormat.WebP, 100, Degradation.None))[..400],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static byte[] Pdf() => PdfWriter.WriteTextLayer([OneLine]);

    // A small PNG whose header claims a huge image: a decompression bomb.
    private static byte[] PngClaiming(int width, int height)
    {
        var png = DocumentRenderer.Render([OneLine], RenderSpec.CleanPng(72));
        PngHeader.SetSize(png, width, height);
        return png;
    }

    private static PageDrawing Page()
    {
        var page = new PageDrawing();
        page.Text(60, 100, "Invoice No.: INV-0042", 12);
        return page;
    }

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Ocr));
}
