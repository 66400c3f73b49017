using System.Security.Cryptography;
using System.Text;
using Sangam.Api.Connectors.Irp;
using Sangam.Sandbox.Irp;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// The IRP emulator answers in the shapes the real IRP answers in: for each real sample, the emulator's answer to the
/// same kind of call has the same keys (a null standing for any subtree), its decrypted <c>Data</c> included, and the
/// same error code.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class IrpEmulatorShapeTests(SangamServer server) : IClassFixture<SangamServer>
{
    private const string Api = "/sandbox/irp/";

    [Fact]
    public async Task Auth_answers_like_nic_when_it_succeeds_and_when_it_refuses()
    {
        using var client = NewClient();
        var gstin = TestEInvoices.NewGstin();

        var ok = await AuthenticateAsync(client, gstin, IrpEmulatorOptions.Password);
        var wrongPassword = await AuthenticateAsync(client, gstin, "guess");
        var empty = await PostAsync(client, "eivital/v1.04/auth", gstin, new JsonObject());
        var notEncrypted = await PostAsync(client, "eivital/v1.04/auth", gstin, new JsonObject { ["Data"] = "bm90IGVuY3J5cHRlZA==" });

        AssertShape("auth_ok_taxpro_sandbox_2025", ok.Body);
        AssertShape("auth_error_1019_incorrect_password", wrongPassword.Body);
        AssertShape("auth_error_5003_empty_body", empty);
        AssertShape("auth_error_1020_decryption_failed", notEncrypted);
    }

    [Fact]
    public async Task Generate_and_get_by_irn_answer_like_nic()
    {
        using var client = NewClient();
        var gstin = TestEInvoices.NewGstin();
        var session = await AuthenticateAsync(client, gstin, IrpEmulatorOptions.Password);
        var invoice = TestEInvoices.InvoiceJson(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), server.IstNow()));
        var wrongState = invoice.Replace($"\"Stcd\":\"{gstin[..2]}\"", "\"Stcd\":\"29\"", StringComparison.Ordinal);

        var generated = await PostAsync(client, "eicore/v1.03/Invoice", gstin, Encrypted(session.Sek, invoice), session.Token);
        var duplicate = await PostAsync(client, "eicore/v1.03/Invoice", gstin, Encrypted(session.Sek, invoice), session.Token);
        var refused = await PostAsync(client, "eicore/v1.03/Invoice", gstin, Encrypted(session.Sek, wrongState), session.Token);
        var irn = (string)Decrypted(session.Sek, generated)["Data"]!["Irn"]!;
        var fetched = await GetAsync(client, irn, gstin, session.Token);
        var unknown = await GetAsync(client, new string('a', 64), gstin, session.Token);
        var badToken = await GetAsync(client, irn, gstin, "not-a-token");

        AssertShape("generate_ok_sandbox_2021", Decrypted(session.Sek, generated));
        AssertShape("generate_duplicate_2150_dupirn", duplicate);
        AssertShape("generate_error_2258_state_code", refused);
        AssertShape("getirn_ok_variant", Decrypted(session.Sek, fetched));
        AssertShape("getirn_error_2148_not_available", unknown);
        AssertShape("any_error_1005_invalid_token", badToken);
    }

    [Fact]
    public async Task Get_by_irn_serves_an_irn_two_days_then_answers_2283()
    {
        using var client = NewClient();
        var gstin = TestEInvoices.NewGstin();
        var session = await AuthenticateAsync(client, gstin, IrpEmulatorOptions.Password);
        var generated = await PostAsync(client, "eicore/v1.03/Invoice", gstin,
            Encrypted(session.Sek, TestEInvoices.InvoiceJson(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), server.IstNow()))), session.Token);
        var irn = (string)Decrypted(session.Sek, generated)["Data"]!["Irn"]!;

        server.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var later = await AuthenticateAsync(client, gstin, IrpEmulatorOptions.Password);
        var tooOld = await GetAsync(client, irn, gstin, later.Token);

        AssertShape("getirn_error_2283_older_than_2_days", tooOld);
    }

    // Same keys, and the same error code when the sample is an error.
    private static void AssertShape(string sampleId, JsonNode emulated)
    {
        var real = UpstreamSample.Load("irp", sampleId).Body!;
        Assert.Empty(new JsonShape(real).Beyond(new JsonShape(emulated)));
        Assert.Empty(new JsonShape(emulated).Beyond(new JsonShape(real)));
        Assert.Equal((string?)real["ErrorDetails"]?[0]?["ErrorCode"], (string?)emulated["ErrorDetails"]?[0]?["ErrorCode"]);
    }

    private HttpClient NewClient()
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("client_id", IrpEmulatorOptions.ClientId);
        client.DefaultRequestHeaders.Add("client_secret", IrpEmulatorOptions.ClientSecret);
        return client;
    }

    private async Task<(JsonNode Body, string Token, byte[] Sek)> AuthenticateAsync(HttpClient client, string gstin, string password)
    {
        using var key = RSA.Create();
        key.ImportFromPem(server.Services.GetRequiredService<IrpEmulatorKey>().PublicKeyPem);
        var appKey = RandomNumberGenerator.GetBytes(IrpCrypto.KeySizeInBytes);
        var credentials = new JsonObject { ["UserName"] = "shape-test", ["Password"] = password, ["AppKey"] = Convert.ToBase64String(appKey), ["ForceRefreshAccessToken"] = false };
        var data = IrpCrypto.RsaEncrypt(key, Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials.ToJsonString()))));
        var body = await PostAsync(client, "eivital/v1.04/auth", gstin, new JsonObject { ["Data"] = data });
        return body["Data"] is JsonObject answer
            ? (body, (string)answer["AuthToken"]!, IrpCrypto.AesDecrypt(appKey, (string)answer["Sek"]!))
            : (body, "", []);
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string path, string gstin, JsonObject body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Api + path) { Content = JsonContent.Create(body) };
        Identify(request, gstin, token);
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string irn, string gstin, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Api + "eicore/v1.03/Invoice/irn/" + irn);
        Identify(request, gstin, token);
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }

    private static void Identify(HttpRequestMessage request, string gstin, string? token)
    {
        request.Headers.Add("Gstin", gstin);
        if (token is not null)
        {
            request.Headers.Add("user_name", "shape-test");
            request.Headers.Add("AuthToken", token);
        }
    }

    private static JsonObject Encrypted(byte[] sek, string json) => new() { ["Data"] = IrpCrypto.AesEncrypt(sek, Encoding.UTF8.GetBytes(json)) };

    private static JsonNode Decrypted(byte[] sek, JsonNode answer)
    {
        var body = answer.DeepClone();
        body["Data"] = JsonNode.Parse(IrpCrypto.AesDecrypt(sek, (string)answer["Data"]!));
        return body;
    }
}
