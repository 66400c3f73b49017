using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sangam.Sandbox.Irp;

/// <summary>An invoice the sandbox IRP has accepted: its IRN and acknowledgement, and what happened to it since.</summary>
internal sealed record RegisteredInvoice(JsonObject Invoice, string Irn, long AckNo, DateTime AckDt, DateTime? CancelDate = null, EwayBill? EwayBill = null);

/// <summary>An e-way bill generated with the e-invoice.</summary>
internal sealed record EwayBill(long Number, DateTime Date, DateTime ValidTill);

/// <summary>
/// What the IRP answers for a registered invoice (get by IRN, generate): NIC's response fields, signed; AckNo and EwbNo
/// are JSON numbers, as NIC sends them. A cancelled one says CNL; its cancel date comes only from the cancel call.
/// </summary>
internal sealed record IssuedEInvoice(RegisteredInvoice Registration, string SellerGstin, string SignedInvoice, string SignedQrCode)
{
    public string Irn => Registration.Irn;

    public JsonObject ToResponse() => new()
    {
        ["AckNo"] = Registration.AckNo,
        ["AckDt"] = IrpEmulatorJson.Timestamp(Registration.AckDt),
        [nameof(Irn)] = Registration.Irn,
        [nameof(SignedInvoice)] = SignedInvoice,
        ["SignedQRCode"] = SignedQrCode,
        ["Status"] = Registration.CancelDate is null ? "ACT" : "CNL",
        ["EwbNo"] = Registration.EwayBill?.Number,
        ["EwbDt"] = Registration.EwayBill is { } ewb ? IrpEmulatorJson.Timestamp(ewb.Date) : null,
        ["EwbValidTill"] = Registration.EwayBill is { } bill ? IrpEmulatorJson.Timestamp(bill.ValidTill) : null,
        ["Remarks"] = null,
    };

    /// <summary>The response with the cancel date added, as a GSP passes on a cancelled e-invoice.</summary>
    public JsonObject ToRecord()
    {
        var record = ToResponse();
        if (Registration.CancelDate is { } cancelled)
        {
            record["CancelDate"] = IrpEmulatorJson.Timestamp(cancelled);
        }

        return record;
    }
}

/// <summary>Signs registered invoices the way NIC does: the whole invoice plus AckNo, AckDt and Irn, and the QR claims.</summary>
internal sealed class IrpIssuer(IrpEmulatorKey key)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IssuedEInvoice Issue(RegisteredInvoice registration)
    {
        var invoice = registration.Invoice;
        var signedData = new JsonObject
        {
            ["AckNo"] = registration.AckNo,
            ["AckDt"] = IrpEmulatorJson.Timestamp(registration.AckDt),
            ["Irn"] = registration.Irn,
        };
        foreach (var (name, value) in invoice)
        {
            signedData[name] = value?.DeepClone();
        }

        var items = invoice["ItemList"]!.AsArray();
        var mainItem = items.MaxBy(item => (decimal?)item!["AssAmt"] ?? 0m)!;
        var seller = (string)invoice["SellerDtls"]!["Gstin"]!;
        var qrData = new JsonObject
        {
            ["SellerGstin"] = seller,
            ["BuyerGstin"] = (string?)invoice["BuyerDtls"]!["Gstin"],
            ["DocNo"] = (string?)invoice["DocDtls"]!["No"],
            ["DocTyp"] = (string?)invoice["DocDtls"]!["Typ"],
            ["DocDt"] = (string?)invoice["DocDtls"]!["Dt"],
            ["TotInvVal"] = invoice["ValDtls"]!["TotInvVal"]!.DeepClone(),
            ["ItemCnt"] = items.Count,
            ["MainHsnCode"] = (string?)mainItem["HsnCd"],
            ["Irn"] = registration.Irn,
            ["IrnDt"] = IrpEmulatorJson.Timestamp(registration.AckDt),
        };

        return new IssuedEInvoice(registration, seller, key.Sign(signedData.ToJsonString(Compact)), key.Sign(qrData.ToJsonString(Compact)));
    }
}

/// <summary>NIC's wire conventions: PascalCase names as written, IST timestamps <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
internal static class IrpEmulatorJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Timestamp(DateTime istWallClock) => istWallClock.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
