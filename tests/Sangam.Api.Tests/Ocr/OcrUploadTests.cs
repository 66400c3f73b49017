using Sangam.Api.Accounts;
using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Api.Tests.Ocr;

/// <summary>The four document types through <c>POST /api/v2/ocr/upload</c>, as a scanned PNG and as a PDF with a text layer.</summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class OcrUploadTests(OcrServer server) : IClassFixture<OcrServer>
{
    private static readonly string[] InvoiceKeyFields = ["supplier_gstin", "buyer_gstin", "invoice_number", "invoice_date", "invoice_amount"];

    [Theory]
    [InlineData("png")]
    [InlineData("pdf")]
    public async Task An_invoice_gives_its_fields_with_accuracy_and_its_line_items(string format)
    {
        var invoice = InvoiceFactory.Create(seed: 4, interState: false, lineCount: 3, server.Signer);
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render(OcrRequests.Pages(invoice), format), "Invoice");

        var data = (await response.ReadOkAsync())["data"]!;
        var read = data["invoices"]!.AsArray().Single()!;
        OcrRequests.AssertFields(read["field_data"]!, invoice.ExpectedFields, InvoiceKeyFields);
        Assert.Equal(99.5, (double)read["field_data"]!["invoice_number"]!["accuracy"]!);
        Assert.True((bool)read["field_data"]!["supplier_einvoice_status"]!["value"]!);
        Assert.Null(read["field_data"]!["pan_number"]!["location"]);
        if (format == "pdf")
        {
            // The text layer's words are exact, so the GSTIN is found as printed (a scan's may be a misread the QR mends).
            var location = read["field_data"]!["supplier_gstin"]!["location"]!;
            var box = location["box"]!.AsArray().Select(edge => (double)edge!).ToArray();
            Assert.Equal(1, (int)location["page"]!);
            Assert.True(box is [>= 0 and <= 1, >= 0 and <= 1, <= 1, <= 1] && box[0] < box[2] && box[1] < box[3], $"box [{string.Join(", ", box)}]");
        }
        var items = read["table_data"]!.AsArray();
        Assert.Equal(invoice.Lines.Select(l => l.Hsn), items.Select(item => (string)item!["item_hsn"]!["value"]!));
        Assert.True((double)data["time_taken"]! > 0);
        Assert.Equal(1, (int)data["pages_read"]!);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("pdf")]
    public async Task An_einvoice_qr_code_is_decoded_verified_against_the_configured_key_and_its_claims_given(string format)
    {
        var invoice = InvoiceFactory.Create(seed: 6, interState: true, lineCount: 2, server.Signer);
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render(OcrRequests.Pages(invoice), format), "qr_code");

        var code = (await response.ReadOkAsync())["data"]!["qr_codes"]!.AsArray().Single()!;
        Assert.Equal("einvoice_signed_qr", (string?)code["kind"]);
        Assert.Equal(invoice.SignedQrCode, (string?)code["raw"]);
        Assert.True((bool)code["signature"]!["verified"]!);
        Assert.Equal(server.Signer.KeyId, (string?)code["signature"]!["kid"]);
        Assert.Equal(invoice.Irn, (string?)code["claims"]!["Irn"]);
        Assert.Equal(invoice.Supplier.Gstin, (string?)code["claims"]!["SellerGstin"]);
    }

    [Fact]
    public async Task A_qr_code_signed_with_an_unknown_key_is_reported_unverified_with_the_reason()
    {
        using var stranger = new EInvoiceSigner();
        var invoice = InvoiceFactory.Create(seed: 8, interState: false, lineCount: 2, stranger);
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render(OcrRequests.Pages(invoice), "pdf"), "QR_CODE");

        var signature = (await response.ReadOkAsync())["data"]!["qr_codes"]![0]!["signature"]!;
        Assert.False((bool)signature["verified"]!);
        Assert.Equal(stranger.KeyId, (string?)signature["kid"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)signature["reason"]));
    }

    [Theory]
    [InlineData("png")]
    [InlineData("pdf")]
    public async Task A_delivery_order_gives_its_fields_and_the_check_digit_verdict_of_each_container(string format)
    {
        var order = DeliveryOrderFactory.Create(seed: 21, containerCount: 2, misprintedContainer: 1);
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render([DeliveryOrderDrawer.Draw(order)], format), "delivery_order");

        var read = (await response.ReadOkAsync())["data"]!["delivery_orders"]!.AsArray().Single()!;
        OcrRequests.AssertFields(read["field_data"]!, order.ExpectedFields, ["do_number", "bl_number", "igm_number", "container_numbers"]);
        Assert.Equal([true, false], read["containers"]!.AsArray().Select(c => (bool)c!["check_digit_valid"]!));
    }

    [Theory]
    [InlineData("png", "boe")]
    [InlineData("pdf", "BOE_V2")]
    public async Task A_bill_of_entry_comes_flat_or_part_wise_as_the_format_asks(string file, string format)
    {
        var boe = BillOfEntryFactory.Create(seed: 22);
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render([BillOfEntryDrawer.Draw(boe)], file), "boe", format);

        var data = (await response.ReadOkAsync())["data"]!;
        string[] keys = ["boe_num", "boe_date", "gstin", "total_duty"];
        if (format == "boe")
        {
            Assert.All(keys, key => Assert.Equal(boe.ExpectedFields[key], (string?)data[key]));
            Assert.Null(data["boe"]);
        }
        else
        {
            OcrRequests.AssertFields(data["boe"]!["header"]!, boe.ExpectedFields, keys);
            Assert.Equal(boe.Items.Count, data["boe"]!["items"]!.AsArray().Count);
            Assert.Null(data["boe_num"]);
        }
    }

    [Fact]
    public async Task Only_the_first_five_pages_are_read_synchronously()
    {
        var page = OcrRequests.Pages(InvoiceFactory.Create(seed: 10, interState: false, lineCount: 2))[0];
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render(Enumerable.Repeat(page, 7).ToList(), "pdf"), "invoice");

        var data = (await response.ReadOkAsync())["data"]!;
        Assert.Equal(7, (int)data["page_count"]!);
        Assert.Equal(5, (int)data["pages_read"]!);
    }

    [Fact]
    public async Task An_upload_with_only_file_url_is_read_as_an_invoice_as_hosted_platform_clients_expect()
    {
        var invoice = InvoiceFactory.Create(seed: 5, interState: true, lineCount: 2, server.Signer);
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render(OcrRequests.Pages(invoice), "pdf"), documentType: null);

        var read = (await response.ReadOkAsync())["data"]!["invoices"]!.AsArray().Single()!;
        OcrRequests.AssertFields(read["field_data"]!, invoice.ExpectedFields, InvoiceKeyFields);
    }

    [Fact]
    public async Task A_page_without_a_qr_code_says_no_qr_code_was_found()
    {
        var invoice = InvoiceFactory.Create(seed: 7, interState: false, lineCount: 1);
        using var client = await ClientAsync();

        using var response = await client.UploadAsync(OcrRequests.Render(OcrRequests.Pages(invoice), "pdf"), "qr_code");

        var data = (await response.ReadOkAsync())["data"]!;
        Assert.Empty(data["qr_codes"]!.AsArray());
        Assert.Equal("No QR code found on the 1 page read.", (string?)data["message"]);
    }

    [Fact]
    public async Task An_account_without_the_ocr_entitlement_is_refused()
    {
        var user = await server.CreateAccountAsync(ApiFamily.Vehicles);
        using var client = await server.ClientForAsync(user);

        using var response = await client.UploadAsync([1, 2, 3], "invoice");

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Ocr));
}
