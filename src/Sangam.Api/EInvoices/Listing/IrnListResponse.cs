using System.ComponentModel;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Api.EInvoices.Listing;

/// <summary>
/// A page of the IRN list; when nothing matches, only message, success, count and data. Clients of the hosted
/// platform test <c>success</c> beside the message; there is deliberately no <c>status</c> key (one client requires
/// it to be absent or empty).
/// </summary>
public sealed record IrnListResponse(
    string Message,
    bool Success,
    long Count,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TotalPage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PageSize,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CurrentCount,
    IReadOnlyList<IrnListItem> Data)
{
    public const string DataFound = "Data Found";
    public const string NoDataFound = "No Data Found";

    public static IrnListResponse Empty { get; } = new(NoDataFound, true, 0, null, null, null, null, []);
}

/// <summary>One e-invoice in the list: the contract's field names; empty values are <c>""</c>.</summary>
public record IrnListItem(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("docNum")] string DocNum,
    [property: JsonPropertyName("docDt"), Description("dd/MM/yyyy")] string DocDt,
    [property: JsonPropertyName("docType"), Description("INV, CRN or DBN")] string DocType,
    [property: JsonPropertyName("supplyType")] string SupplyType,
    [property: JsonPropertyName("totInvAmt")] decimal TotInvAmt,
    [property: JsonPropertyName("irn")] string Irn,
    [property: JsonPropertyName("irnStatus"), Description("ACT, or CNL when cancelled (then cnldt is set)")] string IrnStatus,
    [property: JsonPropertyName("ackNo")] string AckNo,
    [property: JsonPropertyName("ackDt"), Description("yyyy-MM-dd HH:mm:ss, IST")] string AckDt,
    [property: JsonPropertyName("ewbNo")] string EwbNo,
    [property: JsonPropertyName("ewbDt")] string EwbDt,
    [property: JsonPropertyName("cnldt")] string Cnldt,
    [property: JsonPropertyName("buyer_gstin")] string BuyerGstin,
    [property: JsonPropertyName("supplier_gstin")] string SupplierGstin,
    [property: JsonPropertyName("data"), Description("The full e-invoice JSON (NIC schema) with AckNo, AckDt and Irn, as signed by the IRP.")] RawJson Data)
{
    internal static IrnListItem From(IrnRow row) => new(
        row.Id.ToString("x24", System.Globalization.CultureInfo.InvariantCulture),
        row.DocumentNumber,
        row.DocumentDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        row.DocumentType,
        row.SupplyType,
        // SQLite keeps decimals as text and returns 187173 as 187173.0; NIC writes it without trailing zeros.
        row.TotalInvoiceValue / 1.000000000000000000000000000000000m,
        row.Irn,
        EInvoiceStatusCode.Of(row.Status),
        row.AckNumber,
        EInvoiceTime.Write(row.AcknowledgedAt),
        row.EwbNumber ?? "",
        EInvoiceTime.Write(row.EwbDate),
        EInvoiceTime.Write(row.CancelledAt),
        row.BuyerGstin,
        row.SellerGstin,
        new RawJson(row.InvoiceJson));
}

/// <summary>The columns of an <see cref="EInvoice"/> the list shows (everything but the signed documents).</summary>
internal sealed record IrnRow(
    long Id, string DocumentNumber, DateOnly DocumentDate, string DocumentType, string SupplyType, decimal TotalInvoiceValue,
    string Irn, EInvoiceStatus Status, string AckNumber, DateTimeOffset AcknowledgedAt, string? EwbNumber, DateTimeOffset? EwbDate,
    DateTimeOffset? CancelledAt, string BuyerGstin, string SellerGstin, string InvoiceJson)
{
    public static readonly Expression<Func<EInvoice, IrnRow>> Projection = e => new IrnRow(
        e.Id, e.DocumentNumber, e.DocumentDate, e.DocumentType, e.SupplyType, e.TotalInvoiceValue, e.Irn, e.Status, e.AckNumber,
        e.AcknowledgedAt, e.EwbNumber, e.EwbDate, e.CancelledAt, e.BuyerGstin, e.SellerGstin, e.InvoiceJson);

    public static readonly Func<EInvoice, IrnRow> Of = Projection.Compile();
}

/// <summary>JSON text kept as it was stored and written into the response without being parsed again.</summary>
[JsonConverter(typeof(RawJsonConverter))]
public readonly record struct RawJson(string Json);

internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    // The store holds only JSON that was parsed at import, so it needs no second validation here.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
