using System.Security.Cryptography;
using Sangam.Api.Accounts;
using Sangam.India.EInvoicing;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

public sealed class IrnImportTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task The_real_2020_sample_imports_as_verified_with_its_irn_and_its_sandbox_gstins_reported()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        var result = await ImportAsync(client, await File.ReadAllTextAsync(TestEInvoices.SamplePath));

        var item = result["results"]![0]!;
        Assert.Equal("imported", (string?)item["outcome"]);
        Assert.Equal(TestEInvoices.SampleIrn, (string?)item["irn"]);
        Assert.Equal("ACT", (string?)item["irn_status"]);
        Assert.True((bool)item["signature"]!["verified"]!);
        Assert.Equal("einv_prod_11092020", (string?)item["signature"]!["key"]);
        Assert.Equal("NIC", (string?)item["signature"]!["issuer"]);
        Assert.True((bool)item["qr_signature"]!["verified"]!);
        Assert.Equal(TestEInvoices.SampleIrn, (string?)item["irn_check"]!["computed"]);
        Assert.True((bool)item["irn_check"]!["matches"]!);
        var warnings = item["warnings"]!.AsArray().Select(w => (string)w!).ToList();
        Assert.Contains(warnings, w => w.StartsWith("seller GSTIN 37BZNPM9430M1KL: check character", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("nor 03BZNPM9430M1KL is a GSTIN of your account", StringComparison.Ordinal));
        Assert.Empty(item["problems"]!.AsArray());
    }

    [Fact]
    public async Task Importing_the_same_response_again_changes_nothing()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin("24"), server.IstNow()));

        var first = await ImportAsync(client, new JsonArray(response.DeepClone()).ToJsonString());
        var second = await ImportAsync(client, response.ToJsonString());

        Assert.Equal(1, (int)first["imported"]!);
        Assert.Equal(0, (int)second["imported"]!);
        Assert.Equal(1, (int)second["unchanged"]!);
        Assert.Equal("unchanged", (string?)second["results"]![0]!["outcome"]);
    }

    [Fact]
    public async Task A_cancellation_updates_the_status_once_and_for_good()
    {
        var seller = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, seller);
        using var client = await server.ClientForAsync(user);
        var ackDt = server.IstNow().AddHours(-3);
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(seller, TestEInvoices.NewGstin("29"), ackDt));
        await ImportAsync(client, response.ToJsonString());
        var irn = (string)response["Irn"]!;
        var cancelDate = TestEInvoices.Timestamp(ackDt.AddHours(2));

        var cancellation = await ImportAsync(client, new JsonObject { ["Irn"] = irn, ["CancelDate"] = cancelDate }.ToJsonString());
        var replayOfActive = await ImportAsync(client, response.ToJsonString());

        Assert.Equal("cancelled", (string?)cancellation["results"]![0]!["outcome"]);
        Assert.Equal("CNL", (string?)cancellation["results"]![0]!["irn_status"]);
        Assert.Equal("unchanged", (string?)replayOfActive["results"]![0]!["outcome"]);
        using var detail = await client.DetailAsync(seller, irn);
        var body = await detail.ReadJsonAsync();
        Assert.Equal("CNL", (string?)body["irnStatus"]);
        Assert.Equal(cancelDate, (string?)body["cnldt"]);
    }

    [Fact]
    public async Task A_cancellation_of_an_irn_not_in_the_store_is_rejected()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        var result = await ImportAsync(client, new JsonObject { ["Irn"] = TestEInvoices.SampleIrn, ["Status"] = "CNL" }.ToJsonString());

        var item = result["results"]![0]!;
        Assert.Equal("rejected", (string?)item["outcome"]);
        Assert.Contains("import the e-invoice before its cancellation", (string?)item["problems"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task E_way_bill_details_that_arrive_later_are_added()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var spec = new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow().AddHours(-1));
        var withoutBill = server.IssueAsSandboxIrp(spec);
        await ImportAsync(client, withoutBill.ToJsonString());
        var withBill = withoutBill.DeepClone().AsObject();
        withBill["EwbNo"] = 331009876543;
        withBill["EwbDt"] = TestEInvoices.Timestamp(spec.AckDt.AddMinutes(30));
        withBill["EwbValidTill"] = TestEInvoices.Timestamp(spec.AckDt.Date.AddDays(2).AddHours(23).AddMinutes(59));

        var result = await ImportAsync(client, withBill.ToJsonString());

        Assert.Equal("updated", (string?)result["results"]![0]!["outcome"]);
    }

    [Fact]
    public async Task A_batch_reports_every_item_in_order_and_a_bad_item_never_loses_the_others()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var good = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow()));
        var tampered = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow()));
        tampered["SignedInvoice"] = Tamper((string)tampered["SignedInvoice"]!);
        var batch = new JsonArray(good, tampered, JsonValue.Create(42), new JsonObject { ["AckDt"] = 5 }, new JsonObject { ["Irn"] = "not-an-irn" });

        var result = await ImportAsync(client, batch.ToJsonString());

        Assert.Equal(5, (int)result["received"]!);
        Assert.Equal(1, (int)result["imported"]!);
        Assert.Equal(4, (int)result["rejected"]!);
        var items = result["results"]!.AsArray();
        Assert.Equal([0, 1, 2, 3, 4], items.Select(i => (int)i!["index"]!));
        Assert.Equal("imported", (string?)items[0]!["outcome"]);
        Assert.Equal("bad_signature", (string?)items[1]!["signature"]!["verdict"]);
        Assert.Contains("may have been altered", (string?)items[1]!["problems"]![0], StringComparison.Ordinal);
        Assert.Contains("not an IRP response object", (string?)items[2]!["problems"]![0], StringComparison.Ordinal);
        Assert.Contains("not an IRP response", (string?)items[3]!["problems"]![0], StringComparison.Ordinal);
        Assert.Contains(items[4]!["problems"]!.AsArray(), p => ((string)p!).StartsWith("Irn:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_e_invoice_signed_with_an_unknown_key_is_kept_with_that_verdict()
    {
        using var key = RSA.Create(2048);
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var response = TestEInvoices.Issue(new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow()), key, NicJws.ComputeKeyId(key));

        var result = await ImportAsync(client, response.ToJsonString());

        var item = result["results"]![0]!;
        Assert.Equal("imported", (string?)item["outcome"]);
        Assert.Equal("unknown_key", (string?)item["signature"]!["verdict"]);
        Assert.False((bool)item["signature"]!["verified"]!);
        Assert.Contains(item["warnings"]!.AsArray(), w => ((string)w!).Contains("not authenticated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forged_content_that_breaks_the_text_rules_is_rejected_item_by_item_and_the_rest_imported()
    {
        using var key = RSA.Create(2048);
        var kid = NicJws.ComputeKeyId(key);
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        EInvoiceSpec Spec() => new(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow());
        var longAddress = TestEInvoices.Issue(Spec(), key, kid, editInvoice: data => data["SellerDtls"]!["Addr2"] = new string('x', 3000));
        var nulNumber = TestEInvoices.Issue(Spec() with { DocNumber = "T1\u0000X" }, key, kid);
        var longSupplyType = TestEInvoices.Issue(Spec(), key, kid, editInvoice: data => data["TranDtls"]!["SupTyp"] = "B2B-B2B-B2B");
        var longKid = TestEInvoices.Issue(Spec(), key, new string('k', 65));
        var brokenUnicode = TestEInvoices.Issue(Spec(), key, kid);
        brokenUnicode["SignedInvoice"] = NicJws.Sign(TestEInvoices.InvoiceJson(Spec()).Replace("39232990", "\\ud800", StringComparison.Ordinal), key, kid);

        var result = await ImportAsync(client, new JsonArray(longAddress, nulNumber, longSupplyType, longKid, brokenUnicode).ToJsonString());

        Assert.True(((string)longAddress["SignedInvoice"]!).Length > 4096);
        var items = result["results"]!.AsArray();
        Assert.Equal(["imported", "rejected", "rejected", "rejected", "rejected"], items.Select(i => (string?)i!["outcome"]));
        string Problems(int item) => string.Join(" | ", items[item]!["problems"]!.AsArray().Select(p => (string?)p));
        Assert.Contains("DocDtls.No should be text without control characters", Problems(1), StringComparison.Ordinal);
        Assert.Contains("TranDtls.SupTyp should be at most 10 characters", Problems(2), StringComparison.Ordinal);
        Assert.Contains("the kid of SignedInvoice should be at most 64 characters", Problems(3), StringComparison.Ordinal);
        Assert.Contains("SignedInvoice carries no invoice JSON", Problems(4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_irn_that_is_not_the_irn_of_the_document_is_rejected()
    {
        using var key = RSA.Create(2048);
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var spec = new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow());
        var forged = TestEInvoices.Issue(spec, key, NicJws.ComputeKeyId(key), editInvoice: data => data["DocDtls"]!["No"] = "OTHER-1");

        var result = await ImportAsync(client, forged.ToJsonString());

        var item = result["results"]![0]!;
        Assert.Equal("rejected", (string?)item["outcome"]);
        Assert.False((bool)item["irn_check"]!["matches"]!);
        Assert.Contains(item["problems"]!.AsArray(), p => ((string)p!).Contains("is not the IRN of its supplier GSTIN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_qr_code_that_contradicts_the_invoice_is_rejected()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var response = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow()));
        var other = server.IssueAsSandboxIrp(new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow()));
        response["SignedQRCode"] = (string)other["SignedQRCode"]!;

        var result = await ImportAsync(client, response.ToJsonString());

        var item = result["results"]![0]!;
        Assert.Equal("rejected", (string?)item["outcome"]);
        Assert.True((bool)item["qr_signature"]!["verified"]!);
        Assert.Contains(item["problems"]!.AsArray(), p => ((string)p!).StartsWith("the QR code's SellerGstin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "empty array")]
    [InlineData("42", "must be an IRP response")]
    public async Task A_body_that_is_not_irp_responses_gets_400_in_the_envelope(string body, string expected)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync(IrnApiClient.ImportPath, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(expected, await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_items_in_one_request_get_400_that_says_the_limit()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var batch = new JsonArray([.. Enumerable.Range(0, 1001).Select(_ => new JsonObject())]);

        using var response = await client.PostAsync(IrnApiClient.ImportPath, new StringContent(batch.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("At most 1000", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_needs_the_irn_entitlement()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));

        using var response = await client.PostAsync(IrnApiClient.ImportPath, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonNode> ImportAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync(IrnApiClient.ImportPath, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>Changes the seller's name inside the signed payload and keeps the original signature.</summary>
    private static string Tamper(string jws)
    {
        var parts = jws.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]));
        var altered = payload.Replace("TEST SELLER", "FAKE SELLER", StringComparison.Ordinal);
        Assert.NotEqual(payload, altered);
        return $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(altered))}.{parts[2]}";
    }
}
