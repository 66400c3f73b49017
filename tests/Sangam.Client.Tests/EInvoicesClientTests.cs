using Sangam.Client;
using Sangam.Client.EInvoices;
using Sangam.Testing.EInvoices;

namespace Sangam.Client.Tests;

public sealed class EInvoicesClientTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task The_real_sample_imports_from_its_json_file_as_verified()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());

        var result = await client.EInvoices.ImportJsonAsync(await File.ReadAllTextAsync(TestEInvoices.SamplePath));

        var item = Assert.Single(result.Results);
        Assert.Equal(ImportOutcome.Imported, item.Outcome);
        Assert.Equal(TestEInvoices.SampleIrn, item.Irn);
        Assert.Equal(SignatureVerdict.Verified, item.Signature!.Verdict);
        Assert.True(item.IrnCheck!.Matches);
    }

    [Fact]
    public async Task List_pages_carry_the_e_invoice_as_typed_records()
    {
        var (client, gstin) = await NewAccountAsync();
        var month = LastMonth();
        var spec = new EInvoiceSpec(gstin, TestEInvoices.NewGstin("29"), month.AddDays(4).AddHours(11)) { HsnCode = "48191010" };
        await ImportAsync(client, server.IssueAsSandboxIrp(spec));

        var page = await client.EInvoices.ListAsync(gstin, month.Year, month.Month, IrnType.Sales);

        Assert.Equal(1, page.Count);
        var item = Assert.Single(page.Data);
        Assert.Equal(TestEInvoices.IrnOf(spec), item.Irn);
        Assert.Equal(11800m, item.TotInvAmt);
        Assert.False(item.IsCancelled);
        Assert.Equal(gstin, item.Data!.SellerDtls!.Gstin);
        Assert.Equal(spec.BuyerGstin, item.Data.BuyerDtls!.Gstin);
        Assert.Equal("48191010", item.Data.ItemList![0].HsnCd);
        Assert.Equal(11800m, item.Data.ValDtls!.TotInvVal);
        Assert.Equal(spec.AckNo, item.Data.AckNo);
        Assert.Equal(spec.DocNumber, item.Data.DocDtls!.No);
    }

    [Fact]
    public async Task List_all_walks_every_page()
    {
        var (client, gstin) = await NewAccountAsync();
        var month = LastMonth();
        var specs = Enumerable.Range(1, 5).Select(day => new EInvoiceSpec(TestEInvoices.NewGstin(), gstin, month.AddDays(day))).ToList();
        await ImportAsync(client, [.. specs.Select(server.IssueAsSandboxIrp)]);

        var irns = new List<string>();
        await foreach (var item in client.EInvoices.ListAllAsync(gstin, month.Year, month.Month, IrnType.Purchase, pageSize: 2))
        {
            irns.Add(item.Irn);
        }

        Assert.Equal(specs.Select(TestEInvoices.IrnOf), irns);
    }

    [Fact]
    public async Task Detail_has_the_signed_documents_and_verdicts_and_missing_ones_throw_not_found()
    {
        var (client, gstin) = await NewAccountAsync();
        var ackDt = server.IstNow().AddHours(-1);
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), ackDt) { EwbNo = 291001112223, EwbDt = ackDt.AddMinutes(5) });
        await ImportAsync(client, response);

        var detail = await client.EInvoices.GetAsync(gstin, (string)response["Irn"]!);
        var missing = await Assert.ThrowsAsync<SangamNotFoundException>(() => client.EInvoices.GetAsync(gstin, new string('e', 64)));
        var foreign = await Assert.ThrowsAsync<SangamForbiddenException>(() => client.EInvoices.GetAsync(TestEInvoices.NewGstin(), new string('e', 64)));

        Assert.Equal((string?)response["SignedInvoice"], detail.SignedInvoice);
        Assert.Equal(SignatureVerdict.Verified, detail.Signature.Verdict);
        Assert.Equal(SignatureVerdict.Verified, detail.QrSignature!.Verdict);
        Assert.Equal("291001112223", detail.EwbNo);
        Assert.Contains("No e-invoice with IRN", missing.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("not one of your account's GSTINs", foreign.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_cancellation_is_recorded()
    {
        var (client, gstin) = await NewAccountAsync();
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), server.IstNow().AddHours(-4)));
        await ImportAsync(client, response);
        var cancelDate = TestEInvoices.Timestamp(server.IstNow().AddHours(-1));

        var result = await client.EInvoices.ImportAsync([new IrpResponse { Irn = (string)response["Irn"]!, CancelDate = cancelDate }]);
        var detail = await client.EInvoices.GetAsync(gstin, (string)response["Irn"]!);

        Assert.Equal(ImportOutcome.Cancelled, Assert.Single(result.Results).Outcome);
        Assert.True(detail.IsCancelled);
        Assert.Equal(cancelDate, detail.Cnldt);
    }

    private static async Task ImportAsync(SangamClient client, params JsonNode[] responses)
    {
        var result = await client.EInvoices.ImportJsonAsync(new JsonArray([.. responses.Select(r => r.DeepClone())]).ToJsonString());
        Assert.Equal(responses.Length, result.Imported);
    }

    private async Task<(SangamClient Client, string Gstin)> NewAccountAsync()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        return (server.ClientFor(user), gstin);
    }

    private DateTime LastMonth()
    {
        var now = server.IstNow();
        return new DateTime(now.Year, now.Month, 1).AddMonths(-1);
    }
}
