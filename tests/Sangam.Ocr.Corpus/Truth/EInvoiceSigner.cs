using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Sangam.India.EInvoicing;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>
/// Signs e-invoice QR payloads the way the IRP does (Sangam.India's <see cref="NicJws.Sign"/>: compact JWS,
/// RS256, <c>{"data": "...", "iss": "NIC"}</c>) with a test key. Tests add <see cref="Key"/> to a key
/// store under <see cref="KeyId"/> to verify them.
/// </summary>
public sealed class EInvoiceSigner : IDisposable
{
    public EInvoiceSigner()
    {
        KeyId = NicJws.ComputeKeyId(Key);
    }

    /// <summary>The RSA-2048 test key (private part included: pass it to a key store, which keeps the public part).</summary>
    public RSA Key { get; } = RSA.Create(2048);

    public string KeyId { get; }

    public string SignQr(InvoiceTruth invoice, string issuer = NicJws.ProductionIssuer)
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
        return NicJws.Sign(JsonSerializer.Serialize(claims), Key, KeyId, issuer);
    }

    public void Dispose() => Key.Dispose();
}
