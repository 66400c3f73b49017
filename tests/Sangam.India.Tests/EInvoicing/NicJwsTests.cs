using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sangam.India.EInvoicing;
using Sangam.India.Tax;

namespace Sangam.India.Tests.EInvoicing;

public sealed class NicJwsTests : IDisposable
{
    private static readonly Lazy<RSA> SharedTestKey = new(() => RSA.Create(2048));

    private readonly NicKeyStore _nicKeys = NicKeyStore.CreateWithNicKeys();

    private static RSA TestKey => SharedTestKey.Value;

    public void Dispose() => _nicKeys.Dispose();

    [Fact]
    public void Real_signed_invoice_verifies_with_the_2020_production_key()
    {
        var result = NicJws.Verify(IrpSample.SignedInvoice, _nicKeys);

        Assert.Equal(NicJwsVerdict.Verified, result.Verdict);
        Assert.True(result.IsVerified);
        Assert.Null(result.Reason);
        Assert.Equal("einv_prod_11092020", result.KeyName);
        Assert.Equal(IrpSample.Prod2020Kid, result.Kid);
        Assert.Equal("RS256", result.Algorithm);
        Assert.Equal("NIC", result.Issuer);
        Assert.Equal(112010000011474, result.Data!.Value.GetProperty("AckNo").GetInt64());
        Assert.Equal(IrpSample.Irn, result.Data.Value.GetProperty("Irn").GetString());
        Assert.Equal("JWT", result.Header!.Value.GetProperty("typ").GetString());
    }

    [Fact]
    public void Real_signed_QR_code_verifies_with_the_2020_production_key()
    {
        var result = NicJws.Verify(IrpSample.SignedQrCode, _nicKeys);

        Assert.Equal(NicJwsVerdict.Verified, result.Verdict);
        Assert.Equal("einv_prod_11092020", result.KeyName);
        Assert.StartsWith("{\"SellerGstin\":\"37BZNPM9430M1KL\"", result.DataJson, StringComparison.Ordinal);
        Assert.Equal(IrpSample.Irn, result.Data!.Value.GetProperty("Irn").GetString());
    }

    [Fact]
    public void The_IRN_recomputed_from_the_signed_invoice_is_the_one_NIC_gave()
    {
        var invoice = NicJws.Verify(IrpSample.SignedInvoice, _nicKeys).Data!.Value;
        var document = invoice.GetProperty("DocDtls");
        var sellerText = invoice.GetProperty("SellerDtls").GetProperty("Gstin").GetString();

        // The sample's GSTINs are test values that fail the check character.
        var seller = Gstin.Parse(sellerText, ValidationMode.Lenient);
        Assert.True(seller.IsValid, seller.Problem);
        Assert.Contains(seller.Warnings, warning => warning.StartsWith("check character", StringComparison.Ordinal));
        var date = DateOnly.ParseExact(document.GetProperty("Dt").GetString()!, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var type = EInvoiceDocumentTypeCode.Parse(document.GetProperty("Typ").GetString()).Value;

        var irn = Irn.Compute(seller.Value, FinancialYear.Of(date), type, document.GetProperty("No").GetString()!);

        Assert.Equal("2020-21", FinancialYear.Of(date).Value);
        Assert.Equal(IrpSample.Irn, irn.Value);
        Assert.Equal(invoice.GetProperty("Irn").GetString(), irn.Value);
    }

    [Fact]
    public void A_tampered_payload_is_a_bad_signature_and_still_shows_what_it_claims()
    {
        var parts = IrpSample.SignedQrCode.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        Assert.Contains("16650", payload, StringComparison.Ordinal);
        var forged = string.Join('.', parts[0], Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace("16650", "16.50", StringComparison.Ordinal))), parts[2]);

        var result = NicJws.Verify(forged, _nicKeys);

        Assert.Equal(NicJwsVerdict.BadSignature, result.Verdict);
        Assert.False(result.IsVerified);
        Assert.Equal($"the signature does not match key einv_prod_11092020 named by kid {IrpSample.Prod2020Kid}", result.Reason);
        Assert.Null(result.KeyName);
        Assert.Equal(16.50m, result.Data!.Value.GetProperty("TotInvVal").GetDecimal());
    }

    [Fact]
    public void A_tampered_signature_is_a_bad_signature()
    {
        var token = IrpSample.SignedInvoice;
        var index = token.LastIndexOf('.') + 10;
        var tampered = string.Concat(token.AsSpan(0, index), token[index] == 'A' ? "B" : "A", token.AsSpan(index + 1));

        Assert.Equal(NicJwsVerdict.BadSignature, NicJws.Verify(tampered, _nicKeys).Verdict);
    }

    [Fact]
    public void A_kid_mapped_to_the_wrong_key_is_a_bad_signature()
    {
        using var store = new NicKeyStore();
        store.AddPem(IrpSample.Prod2020Kid, "mislabelled", BundledPem("einv_sandbox"));

        var result = NicJws.Verify(IrpSample.SignedQrCode, store);

        Assert.Equal(NicJwsVerdict.BadSignature, result.Verdict);
        Assert.Contains("mislabelled", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_from_a_key_not_in_the_store_is_an_unknown_key_until_the_key_is_added()
    {
        var kid = NicJws.ComputeKeyId(TestKey);
        var token = NicJws.Sign("""{"SellerGstin":"29AAGCB7383J1Z4","Irn":"x"}""", TestKey, kid);

        var before = NicJws.Verify(token, _nicKeys);

        Assert.Equal(NicJwsVerdict.UnknownKey, before.Verdict);
        Assert.Equal($"no key has kid {kid} and none of the 1 keys without kid verifies the signature", before.Reason);
        Assert.Equal(kid, before.Kid);
        Assert.Equal("NIC Sandbox", before.Issuer);
        Assert.Equal("29AAGCB7383J1Z4", before.Data!.Value.GetProperty("SellerGstin").GetString());

        _nicKeys.Add(kid, "sandbox-irp", TestKey);
        var after = NicJws.Verify(token, _nicKeys);

        Assert.Equal(NicJwsVerdict.Verified, after.Verdict);
        Assert.Equal("sandbox-irp", after.KeyName);
    }

    [Fact]
    public void A_rotated_key_without_kid_verifies_tokens_whose_kid_is_unknown()
    {
        var token = NicJws.Sign("{}", TestKey, "1513B821EE46C749A63B86E318BF711099287D1F", NicJws.ProductionIssuer);
        _nicKeys.Add(null, "einv_prod_2024", TestKey);

        var result = NicJws.Verify(token, _nicKeys);

        Assert.Equal(NicJwsVerdict.Verified, result.Verdict);
        Assert.Equal("einv_prod_2024", result.KeyName);
        Assert.Equal("1513B821EE46C749A63B86E318BF711099287D1F", result.Kid);
        Assert.Equal("NIC", result.Issuer);
    }

    [Fact]
    public void The_real_sample_verifies_through_a_key_without_kid_too()
    {
        using var store = new NicKeyStore();
        store.AddPem(null, "einv_prod_11092020", BundledPem("einv_prod_11092020"));

        var result = NicJws.Verify(IrpSample.SignedInvoice, store);

        Assert.Equal(NicJwsVerdict.Verified, result.Verdict);
        Assert.Equal("einv_prod_11092020", result.KeyName);
    }

    [Theory]
    [InlineData("none", "algorithm 'none' is not accepted; NIC signs with RS256")]
    [InlineData("HS256", "algorithm 'HS256' is not accepted; NIC signs with RS256")]
    [InlineData("RS512", "algorithm 'RS512' is not accepted; NIC signs with RS256")]
    [InlineData(null, "algorithm '(none given)' is not accepted; NIC signs with RS256")]
    public void Only_RS256_is_accepted(string? algorithm, string reason)
    {
        var header = algorithm is null ? $$"""{"kid":"{{IrpSample.Prod2020Kid}}"}""" : $$"""{"alg":"{{algorithm}}","kid":"{{IrpSample.Prod2020Kid}}"}""";
        var payload = IrpSample.SignedQrCode.Split('.')[1];
        var signature = algorithm == "none" ? "" : Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes("secret"), Encoding.UTF8.GetBytes(payload)));
        var token = $"{Encode(header)}.{payload}.{signature}";

        var result = NicJws.Verify(token, _nicKeys);

        Assert.Equal(NicJwsVerdict.BadSignature, result.Verdict);
        Assert.Equal(reason, result.Reason);
        Assert.Equal("NIC", result.Issuer);
    }

    [Fact]
    public void An_empty_RS256_signature_is_a_bad_signature()
    {
        var parts = IrpSample.SignedQrCode.Split('.');

        var result = NicJws.Verify($"{parts[0]}.{parts[1]}.", _nicKeys);

        Assert.Equal(NicJwsVerdict.BadSignature, result.Verdict);
        Assert.Equal("the signature is empty", result.Reason);
    }

    public static TheoryData<string?, string> Garbage()
    {
        var parts = IrpSample.SignedQrCode.Split('.');
        return new()
        {
            { null, "no token given" },
            { "", "no token given" },
            { "   ", "no token given" },
            { "hello", "a compact JWS has exactly three dot-separated parts" },
            { "a.b", "a compact JWS has exactly three dot-separated parts" },
            { "a.b.c.d", "a compact JWS has exactly three dot-separated parts" },
            { "!!!.###.$$$", "the header is not base64url" },
            { $"{parts[0]}=.{parts[1]}.{parts[2]}", "the header is not base64url" },
            { $"{parts[0]}.{parts[1]}+.{parts[2]}", "the payload is not base64url" },
            { $"{parts[0]}.{parts[1]}.{parts[2]}/", "the signature is not base64url" },
            { $"{parts[0]}.{parts[1][..^3]} {parts[1][^3..]}.{parts[2]}", "the payload is not base64url" },
            { $"A.{parts[1]}.{parts[2]}", "the header is not base64url" },
            { $"{Encode("not json")}.{parts[1]}.{parts[2]}", "the header is not JSON" },
            { $"{Encode("[1,2]")}.{parts[1]}.{parts[2]}", "the header is not a JSON object" },
            { $"{parts[0]}.{Encode("\"text\"")}.{parts[2]}", "the payload is not a JSON object" },
            { $"{parts[0]}.{Encode("{\"data\":")}.{parts[2]}", "the payload is not JSON" },
            { $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"x\":\"\u00ff\u00fe>>>\"}"))}.{parts[2]}", "the payload is not base64url" },
            { new string('a', CompactJwsMaxLength + 1), $"longer than {CompactJwsMaxLength} characters" },
            { $"{Encode("{\"alg\":\"RS256\",\"kid\":\"\\ud800\"}")}.{parts[1]}.{parts[2]}", "the header has text that is not valid Unicode" },
            { $"{parts[0]}.{Base64Url.EncodeToString([.. "{\"iss\":\"N"u8, 0xFF, .. "IC\"}"u8])}.{parts[2]}", "the payload has text that is not valid Unicode" },
        };
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_is_not_a_JWS(string? text, string reason)
    {
        var result = NicJws.Verify(text, _nicKeys);

        Assert.Equal(NicJwsVerdict.NotJws, result.Verdict);
        Assert.Equal(reason, result.Reason);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(256);
        for (var n = 0; n < 2_000; n++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var text = random.Next(3) switch
            {
                0 => Encoding.Latin1.GetString(bytes),
                1 => string.Join('.', Base64Url.EncodeToString(bytes), Base64Url.EncodeToString(bytes.AsSpan(0, bytes.Length / 2)), "AAAA"),
                _ => string.Join('.', Encode("{\"alg\":\"RS256\"}"), Base64Url.EncodeToString(bytes), Base64Url.EncodeToString(bytes)),
            };

            var result = NicJws.Verify(text, _nicKeys);

            Assert.False(result.IsVerified);
            Assert.NotNull(result.Reason);
        }
    }

    [Fact]
    public void Dotted_text_in_the_base64url_alphabet_that_does_not_decode_is_not_a_JWS()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var random = new Random(611);
        for (var n = 0; n < 2_000; n++)
        {
            string Part() => new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var text = $"{Part()}.{Part()}.{Part()}";

            var result = NicJws.Verify(text, _nicKeys);

            Assert.Equal(NicJwsVerdict.NotJws, result.Verdict);
        }

        Assert.Equal(NicJwsVerdict.NotJws, NicJws.Verify("ab.cd.ef", _nicKeys).Verdict);
    }

    [Fact]
    public void Signed_tokens_have_NICs_header_and_payload_shape()
    {
        const string data = """{"SellerGstin":"37BZNPM9430M1KL","DocNo":"A/1"}""";

        var token = NicJws.Sign(data, TestKey, IrpSample.Prod2020Kid, NicJws.ProductionIssuer);

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var sampleHeader = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(IrpSample.SignedQrCode.Split('.')[0]));
        Assert.Equal(sampleHeader, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        Assert.Equal(
            """{"data":"{\"SellerGstin\":\"37BZNPM9430M1KL\",\"DocNo\":\"A/1\"}","iss":"NIC"}""",
            Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])));
    }

    [Fact]
    public void Signed_tokens_round_trip_through_verification()
    {
        using var store = new NicKeyStore();
        store.Add("SANDBOXKID", "sandbox", TestKey);
        const string data = """{"Irn":"abc","ItemList":[{"PrdDesc":"Rice \"Basmati\" 5 kg"}]}""";

        var result = NicJws.Verify(NicJws.Sign(data, TestKey, "SANDBOXKID"), store);

        Assert.True(result.IsVerified);
        Assert.Equal(data, result.DataJson);
        Assert.Equal("Rice \"Basmati\" 5 kg", result.Data!.Value.GetProperty("ItemList")[0].GetProperty("PrdDesc").GetString());
        Assert.Equal("NIC Sandbox", result.Issuer);
        Assert.False(result.Header!.Value.TryGetProperty("x5t", out _));
    }

    [Fact]
    public void A_data_claim_that_is_not_JSON_is_kept_as_text()
    {
        using var store = new NicKeyStore();
        store.Add("K", "k", TestKey);

        var result = NicJws.Verify(NicJws.Sign("not json", TestKey, "K"), store);

        Assert.True(result.IsVerified);
        Assert.Equal("not json", result.DataJson);
        Assert.Null(result.Data);
    }

    [Fact]
    public void A_data_claim_whose_json_has_broken_unicode_is_kept_as_text_and_never_read()
    {
        using var store = new NicKeyStore();
        store.Add("K", "k", TestKey);

        var result = NicJws.Verify(NicJws.Sign("""{"DocNo":"\ud800"}""", TestKey, "K"), store);

        Assert.True(result.IsVerified);
        Assert.Equal("""{"DocNo":"\ud800"}""", result.DataJson);
        Assert.Null(result.Data);
    }

    private const int CompactJwsMaxLength = 4 * 1024 * 1024;

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private static string BundledPem(string name)
    {
        using var stream = typeof(NicKeyStore).Assembly.GetManifestResourceStream($"Sangam.India.EInvoicing.Keys.{name}.pem")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
