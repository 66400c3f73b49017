using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Api.Connectors.Irp;
using Sangam.India.EInvoicing;
using Sangam.India.Tax;
using Sangam.Sandbox.Irp;

namespace Sangam.Testing.EInvoices;

/// <summary>E-invoices for tests: the real 2020 sample, GSTINs, and IRP responses signed as the sandbox IRP (or any key) would.</summary>
public static class TestEInvoices
{
    public const string SampleIrn = "afdcc32a0eaa3a054cffcd251884d3e3f4f726b75c8943e7d35fbabc82f05d8a";

    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The public IRP response of 2020, signed with NIC's einv_prod_11092020 key (its GSTINs fail their check characters).</summary>
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Samples", "irp-response-2020.json");

    /// <summary>A valid GSTIN (check character included) with a random PAN.</summary>
    public static string NewGstin(string stateCode = "27")
    {
        var letters = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6);
        var first14 = string.Create(CultureInfo.InvariantCulture, $"{stateCode}{letters[..3]}C{letters[3]}{RandomNumberGenerator.GetInt32(1000, 10000)}{letters[4]}1Z");
        return first14 + Gstin.ComputeCheckCharacter(first14);
    }

    public static async Task AddGstinsAsync(this SangamServer server, TestUser user, params string[] gstins)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        foreach (var gstin in gstins)
        {
            var result = await accounts.AddGstinAsync(user.Slug, gstin, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Test setup failed: {result.Message}");
            }
        }
    }

    /// <summary>The current time of the server's clock, as an IST wall-clock time to the second.</summary>
    public static DateTime IstNow(this SangamServer server)
    {
        var now = server.Clock.GetUtcNow().ToOffset(new TimeSpan(5, 30, 0)).DateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>An IRP response signed with the server's sandbox IRP key, which sandbox mode trusts like NIC's.</summary>
    public static JsonObject IssueAsSandboxIrp(this SangamServer server, EInvoiceSpec spec)
    {
        var key = server.Services.GetRequiredService<IrpEmulatorKey>();
        return Issue(spec, key.Key, key.Kid);
    }

    /// <summary>
    /// An IRP response for <paramref name="spec"/> signed with <paramref name="key"/>: the signed invoice (the invoice
    /// plus AckNo, AckDt and Irn) and the signed QR code. The edits run on the signed data and QR claims before
    /// signing, to make inconsistent documents.
    /// </summary>
    public static JsonObject Issue(EInvoiceSpec spec, RSA key, string kid, Action<JsonObject>? editInvoice = null, Action<JsonObject>? editQr = null)
    {
        var irn = IrnOf(spec);
        var signedData = new JsonObject { ["AckNo"] = spec.AckNo, ["AckDt"] = Timestamp(spec.AckDt), ["Irn"] = irn };
        foreach (var (name, value) in JsonNode.Parse(InvoiceJson(spec))!.AsObject())
        {
            signedData[name] = value?.DeepClone();
        }

        var qr = new JsonObject
        {
            ["SellerGstin"] = spec.SellerGstin,
            ["BuyerGstin"] = spec.BuyerGstin,
            ["DocNo"] = spec.DocNumber,
            ["DocTyp"] = spec.DocType,
            ["DocDt"] = spec.DocumentDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["TotInvVal"] = spec.InvoiceValue,
            ["ItemCnt"] = 1,
            ["MainHsnCode"] = spec.HsnCode,
            ["Irn"] = irn,
            ["IrnDt"] = Timestamp(spec.AckDt),
        };
        editInvoice?.Invoke(signedData);
        editQr?.Invoke(qr);

        return new JsonObject
        {
            ["AckNo"] = spec.AckNo,
            ["AckDt"] = Timestamp(spec.AckDt),
            ["Irn"] = irn,
            ["SignedInvoice"] = NicJws.Sign(signedData.ToJsonString(Compact), key, kid),
            ["SignedQRCode"] = NicJws.Sign(qr.ToJsonString(Compact), key, kid),
            ["Status"] = spec.Status,
            ["EwbNo"] = spec.EwbNo,
            ["EwbDt"] = spec.EwbDt is { } ewbDt ? Timestamp(ewbDt) : null,
            ["EwbValidTill"] = spec.EwbValidTill is { } validTill ? Timestamp(validTill) : null,
        };
    }

    public static string IrnOf(EInvoiceSpec spec) =>
        Irn.Compute(spec.SellerGstin, spec.DocumentDate, EInvoiceDocumentTypeCode.Parse(spec.DocType).Value, spec.DocNumber).Value;

    /// <summary>The invoice as a seller sends it to the IRP (NIC INV-01, one line item).</summary>
    public static string InvoiceJson(EInvoiceSpec spec)
    {
        var tax = spec.TaxableValue * 0.18m;
        var invoice = new JsonObject
        {
            ["Version"] = "1.1",
            ["TranDtls"] = new JsonObject { ["TaxSch"] = "GST", ["SupTyp"] = "B2B", ["RegRev"] = "N" },
            ["DocDtls"] = new JsonObject { ["Typ"] = spec.DocType, ["No"] = spec.DocNumber, ["Dt"] = spec.DocumentDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) },
            ["SellerDtls"] = new JsonObject { ["Gstin"] = spec.SellerGstin, ["LglNm"] = "TEST SELLER PVT LTD", ["Addr1"] = "PLOT 1", ["Loc"] = "MUMBAI", ["Pin"] = 400001, ["Stcd"] = spec.SellerGstin[..2] },
            ["BuyerDtls"] = new JsonObject { ["Gstin"] = spec.BuyerGstin, ["LglNm"] = "TEST BUYER LLP", ["Pos"] = spec.BuyerGstin[..2], ["Addr1"] = "PLOT 2", ["Loc"] = "PUNE", ["Pin"] = 411001, ["Stcd"] = spec.BuyerGstin[..2] },
            ["ItemList"] = new JsonArray(new JsonObject
            {
                ["SlNo"] = "1", ["PrdDesc"] = "HDPE WOVEN SACKS", ["IsServc"] = "N", ["HsnCd"] = spec.HsnCode, ["Qty"] = 400, ["Unit"] = "BAG",
                ["UnitPrice"] = spec.TaxableValue / 400, ["TotAmt"] = spec.TaxableValue, ["AssAmt"] = spec.TaxableValue, ["GstRt"] = 18,
                ["IgstAmt"] = tax, ["TotItemVal"] = spec.InvoiceValue,
            }),
            ["ValDtls"] = new JsonObject { ["AssVal"] = spec.TaxableValue, ["IgstVal"] = tax, ["TotInvVal"] = spec.InvoiceValue },
        };
        return invoice.ToJsonString(Compact);
    }

    /// <summary>Registers an invoice at the server's IRP emulator through the IRP connector (real protocol, real HTTP).</summary>
    public static async Task<IrpInvoiceResponse> GenerateAtIrpAsync(this SangamServer server, EInvoiceSpec spec)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var irp = scope.ServiceProvider.GetRequiredService<IrpClient>();
        return (await irp.GenerateAsync(spec.SellerGstin, InvoiceJson(spec), CancellationToken.None)).Value;
    }

    /// <summary>An IRP response as JSON, the way a GSP or a file passes it on.</summary>
    public static JsonObject ToJson(this IrpInvoiceResponse response) =>
        JsonSerializer.SerializeToNode(response, IrpJson.Options)!.AsObject();

    public static string Timestamp(DateTime istWallClock) => istWallClock.ToString(TimestampFormat, CultureInfo.InvariantCulture);
}
