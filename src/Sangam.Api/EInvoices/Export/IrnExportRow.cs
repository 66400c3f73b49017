using System.Globalization;
using System.Text.Json;
using Sangam.Api.EInvoices.Listing;
using Sangam.India;

namespace Sangam.Api.EInvoices.Export;

/// <summary>
/// One e-invoice as an accountant matches it against the books and GSTR-2B: who issued which document on which day,
/// its taxable value, taxes and total, and the IRP's acknowledgement and status.
/// </summary>
public sealed record IrnExportRow(
    string SupplierGstin, string DocumentType, string DocumentNumber, DateOnly DocumentDate,
    decimal TaxableValue, decimal Igst, decimal Cgst, decimal Sgst, decimal Cess, decimal Total,
    string Irn, string AckNumber, DateOnly AckDate, string Status)
{
    /// <summary>Column headings, in the order of the values.</summary>
    public static readonly string[] Headings =
    [
        "Supplier GSTIN", "Document type", "Document number", "Document date", "Taxable value", "IGST", "CGST", "SGST", "Cess",
        "Total", "IRN", "Ack number", "Ack date", "Status",
    ];

    public const string DateFormat = "dd/MM/yyyy";

    // The taxes are not indexed columns: they come from the invoice's ValDtls as the IRP signed it. Cess is the GST
    // compensation cess (CesVal); a state's own cess (StCesVal) is not GST and is left out, as GSTR-2B leaves it out.
    internal static IrnExportRow From(IrnRow row)
    {
        using var invoice = JsonDocument.Parse(row.InvoiceJson);
        var values = invoice.RootElement.TryGetProperty("ValDtls", out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
        return new IrnExportRow(
            row.SellerGstin, row.DocumentType, row.DocumentNumber, row.DocumentDate,
            Amount(values, "AssVal"), Amount(values, "IgstVal"), Amount(values, "CgstVal"), Amount(values, "SgstVal"), Amount(values, "CesVal"),
            row.TotalInvoiceValue,
            row.Irn, row.AckNumber, DateOnly.FromDateTime(row.AcknowledgedAt.ToIst().DateTime), EInvoiceStatusCode.Of(row.Status));
    }

    /// <summary>The values as text, dates as dd/mm/yyyy and amounts with two decimals.</summary>
    public IEnumerable<string> AsText() =>
    [
        SupplierGstin, DocumentType, DocumentNumber, Day(DocumentDate), Money(TaxableValue), Money(Igst), Money(Cgst), Money(Sgst), Money(Cess),
        Money(Total), Irn, AckNumber, Day(AckDate), Status,
    ];

    private static string Day(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static decimal Amount(JsonElement values, string name) =>
        values.ValueKind == JsonValueKind.Object && values.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDecimal(out var amount) ? amount : 0m;
}
