using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

public sealed class IrnDetailTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_stored_e_invoice_is_its_list_item_plus_the_signed_documents_e_way_bill_and_verdicts()
    {
        var (client, gstin) = await NewAccountAsync();
        var ackDt = server.IstNow().AddHours(-2);
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, ackDt)
        {
            EwbNo = 181009876543,
            EwbDt = ackDt.AddMinutes(20),
            EwbValidTill = ackDt.Date.AddDays(3).AddHours(23).AddMinutes(59),
        });
        await client.ImportAsync(response);

        using var detail = await client.DetailAsync(gstin, (string)response["Irn"]!);

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var body = await detail.ReadJsonAsync();
        Assert.Equal((string?)response["Irn"], (string?)body["irn"]);
        Assert.Equal(gstin, (string?)body["buyer_gstin"]);
        Assert.Equal((string?)response["SignedInvoice"], (string?)body["SignedInvoice"]);
        Assert.Equal((string?)response["SignedQRCode"], (string?)body["SignedQRCode"]);
        Assert.Equal("181009876543", (string?)body["EwbNo"]);
        Assert.Equal("181009876543", (string?)body["ewbNo"]);
        Assert.Equal((string?)response["EwbDt"], (string?)body["EwbDt"]);
        Assert.Equal((string?)response["EwbValidTill"], (string?)body["EwbValidTill"]);
        Assert.True((bool)body["signature"]!["verified"]!);
        Assert.Equal("NIC Sandbox", (string?)body["signature"]!["issuer"]);
        Assert.True((bool)body["qr_signature"]!["verified"]!);
        Assert.Equal((string?)response["Irn"], (string?)body["data"]!["Irn"]);
    }

    [Fact]
    public async Task An_e_invoice_missing_from_the_store_is_fetched_from_the_irp_and_kept()
    {
        var (client, gstin) = await NewAccountAsync();
        var generated = await server.GenerateAtIrpAsync(new EInvoiceSpec(gstin, TestEInvoices.NewGstin("29"), server.IstNow()));

        using var detail = await client.DetailAsync(gstin, generated.Irn!);
        var now = server.IstNow();
        using var list = await client.ListMonthAsync(gstin, now, "sales");

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var body = await detail.ReadJsonAsync();
        Assert.Equal(generated.SignedInvoice, (string?)body["SignedInvoice"]);
        Assert.Equal(generated.AckNo, (string?)body["ackNo"]);
        Assert.True((bool)body["signature"]!["verified"]!);
        Assert.Equal([generated.Irn], (await list.ReadJsonAsync())["data"]!.AsArray().Select(i => (string?)i!["irn"]));
    }

    [Fact]
    public async Task An_irn_neither_in_the_store_nor_at_the_irp_is_404()
    {
        var (client, gstin) = await NewAccountAsync();

        using var detail = await client.DetailAsync(gstin, new string('a', 64));

        Assert.Contains("No e-invoice with IRN", await detail.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_irp_gives_an_irn_only_to_its_supplier_so_a_buyers_miss_is_404()
    {
        var (client, buyer) = await NewAccountAsync();
        var generated = await server.GenerateAtIrpAsync(new EInvoiceSpec(TestEInvoices.NewGstin(), buyer, server.IstNow()));

        using var detail = await client.DetailAsync(buyer, generated.Irn!);

        await detail.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stored_e_invoice_is_shown_only_for_its_seller_or_buyer()
    {
        var user = await server.CreateAccountAsync();
        var (seller, bystander) = (TestEInvoices.NewGstin(), TestEInvoices.NewGstin());
        await server.AddGstinsAsync(user, seller, bystander);
        using var client = await server.ClientForAsync(user);
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(seller, TestEInvoices.NewGstin(), server.IstNow().AddDays(-3)));
        await client.ImportAsync(response);

        using var asSeller = await client.DetailAsync(seller, (string)response["Irn"]!);
        using var asBystander = await client.DetailAsync(bystander, (string)response["Irn"]!);

        Assert.Equal(HttpStatusCode.OK, asSeller.StatusCode);
        await asBystander.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_irns_and_gstin_headers_get_400_and_foreign_gstins_403()
    {
        var (client, gstin) = await NewAccountAsync();

        using var badIrn = await client.DetailAsync(gstin, "not-an-irn");
        using var noGstin = await client.DetailAsync(null, TestEInvoices.SampleIrn);
        using var foreign = await client.DetailAsync(TestEInvoices.NewGstin(), TestEInvoices.SampleIrn);

        Assert.Equal("Data format failed OR wrong value entered at: irn. Format should follow ^[0-9a-f]{64}$",
            await badIrn.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest));
        await noGstin.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        await foreign.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_generate_import_list_detail_loop_runs_against_the_sandbox_irp()
    {
        var (client, gstin) = await NewAccountAsync();
        var spec = new EInvoiceSpec(gstin, TestEInvoices.NewGstin("07"), server.IstNow());

        var generated = await server.GenerateAtIrpAsync(spec);
        var imported = await client.ImportAsync(generated.ToJson());
        using var list = await client.ListMonthAsync(gstin, server.IstNow(), "sales");
        using var detail = await client.DetailAsync(gstin, generated.Irn!);

        Assert.Equal(TestEInvoices.IrnOf(spec), generated.Irn);
        Assert.Matches("^19[0-9]{13}$", generated.AckNo);
        Assert.Equal("imported", (string?)imported["results"]![0]!["outcome"]);
        Assert.Equal("verified", (string?)imported["results"]![0]!["signature"]!["verdict"]);
        Assert.Equal([generated.Irn], (await list.ReadJsonAsync())["data"]!.AsArray().Select(i => (string?)i!["irn"]));
        Assert.Equal(generated.SignedQrCode, (string?)(await detail.ReadJsonAsync())["SignedQRCode"]);
    }

    private async Task<(HttpClient Client, string Gstin)> NewAccountAsync()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        return (await server.ClientForAsync(user), gstin);
    }
}
