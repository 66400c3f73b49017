using Sangam.Ocr.Documents;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// The invoices or bills of entry a reading returned, each as canonical values by truth field name: the
/// shape the API answers (<c>invoices[]</c>), so a document holding several can be matched record by record.
/// </summary>
internal static class ExtractedRecords
{
    public static List<IReadOnlyDictionary<string, string?>> Of(DocumentReading reading) => reading switch
    {
        InvoiceReading invoices => [.. invoices.Invoices.Select(invoice => Canonical(FieldSpec.Invoice, invoice.Fields, invoice.LineItems.Count))],
        BillOfEntryReading boe => [Canonical(FieldSpec.BillOfEntry, boe.Flat, lineItems: 0)],
        _ => [],
    };

    private static Dictionary<string, string?> Canonical(IReadOnlyList<FieldSpec> specs, IReadOnlyDictionary<string, ExtractedField> fields, int lineItems) =>
        specs.ToDictionary(
            spec => spec.Name,
            spec => spec.Kind == FieldKind.Count
                ? spec.Canonical(lineItems.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : spec.Canonical(fields.GetValueOrDefault(spec.Name)?.Text));
}
