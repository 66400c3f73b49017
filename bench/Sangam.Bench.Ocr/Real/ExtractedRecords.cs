using Sangam.Ocr.Documents;

namespace Sangam.Bench.Ocr.Real;

/// <summary>One invoice or bill of entry as read: canonical values by truth field name, and the accuracy each was returned with.</summary>
/// <param name="Values">Canonical value by field name (null: nothing read).</param>
/// <param name="Accuracies">The accuracy the reader gave each value it returned (a count, such as line items, has none).</param>
internal sealed record ReadRecord(IReadOnlyDictionary<string, string?> Values, IReadOnlyDictionary<string, double> Accuracies);

/// <summary>
/// The invoices or bills of entry a reading returned: the shape the API answers (<c>invoices[]</c>), so a document
/// holding several can be matched record by record.
/// </summary>
internal static class ExtractedRecords
{
    public static List<ReadRecord> Of(DocumentReading reading) => reading switch
    {
        InvoiceReading invoices => [.. invoices.Invoices.Select(invoice => Canonical(FieldSpec.Invoice, invoice.Fields, invoice.LineItems.Count))],
        BillOfEntryReading boe => [Canonical(FieldSpec.BillOfEntry, boe.Flat, lineItems: 0)],
        _ => [],
    };

    private static ReadRecord Canonical(IReadOnlyList<FieldSpec> specs, IReadOnlyDictionary<string, ExtractedField> fields, int lineItems) => new(
        specs.ToDictionary(
            spec => spec.Name,
            spec => spec.Kind == FieldKind.Count
                ? spec.Canonical(lineItems.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : spec.Canonical(fields.GetValueOrDefault(spec.Name)?.Text)),
        specs.Where(spec => spec.Kind != FieldKind.Count && fields.ContainsKey(spec.Name)).ToDictionary(spec => spec.Name, spec => fields[spec.Name].Accuracy));
}
