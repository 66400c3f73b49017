using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>
/// Signs e-invoice QR payloads the way the IRP does (compact JWS, RS256, <c>{"data": "...", "iss": "NIC"}</c>)
/// with a test key. Tests register <see cref="PublicKeyPem"/> under <see cref="KeyId"/> to verify them.
/// </summary>
public sealed class EInvoiceSigner : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);

    public EInvoiceSigner(string keyId = "5A1C0DE0CAFEF00D5A1C0DE0CAFEF00D5A1C0DE0")
    {
        KeyId = keyId;
    }

    public string KeyId { get; }

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public string SignQr(InvoiceTruth invoice, string issuer = "NIC")
    {
        var claims = new
        {
            SellerGstin = invoice.Supplier.Gstin,
            BuyerGstin = invoice.Buyer.Gstin,
            DocNo = invoice.InvoiceNumber,
            DocTyp = "INV",
            DocDt = InvoiceTruth.Date(invoice.InvoiceDate),
            TotInvVal = invoice.InvoiceAmount,
            ItemCnt = invoice.Lines.Count,
            MainHsnCode = invoice.Lines[0].Hsn,
            Irn = invoice.Irn,
            IrnDt = invoice.InvoiceDate.ToDateTime(new TimeOnly(11, 42, 17)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        };
        var header = new { alg = "RS256", kid = KeyId, typ = "JWT", x5t = Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(KeyId)))[..27] };
        var payload = new { data = JsonSerializer.Serialize(claims), iss = issuer };
        var signingInput = $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    public void Dispose() => _key.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
