namespace Sangam.Ocr.Documents;

/// <summary>
/// A bill of entry, part-wise (<c>format=boe_v2</c>): header, declared invoices, and items with their
/// duties; and the documented flat form (<c>format=boe</c>) where repeated groups carry suffixes _1, _2, ...
/// </summary>
/// <param name="Pages">The pages read.</param>
/// <param name="TimeTaken">Wall time of the read.</param>
/// <param name="Header">Part I: port, BE number/date/type, importer, IEC, GSTIN, shipment and totals.</param>
/// <param name="Invoices">Part II: one entry per declared invoice.</param>
/// <param name="Items">Part III: one entry per item, with IGST levy, rate, amount and total duty.</param>
public sealed record BillOfEntryReading(
    DocumentPages Pages,
    TimeSpan TimeTaken,
    IReadOnlyDictionary<string, ExtractedField> Header,
    IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> Invoices,
    IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> Items) : DocumentReading(Pages, TimeTaken)
{
    private static readonly string[] InvoiceKeys =
        ["invoice_num", "invoice_date", "invoice_term", "freight_amount", "freight_currency", "insurance_amount", "insurance_currency"];

    private static readonly string[] ItemKeys =
        ["invoice_serial_number", "item_serial_number", "igst_levi_num", "igst_rate", "igst_amount", "duty_total", "unit_of_measure"];

    /// <summary>The flat <c>boe</c> field set: header fields, then invoice fields numbered by invoice and item fields numbered by item.</summary>
    public IReadOnlyDictionary<string, ExtractedField> Flat
    {
        get
        {
            var flat = new Dictionary<string, ExtractedField>(Header, StringComparer.Ordinal);
            AddNumbered(flat, Invoices, InvoiceKeys);
            AddNumbered(flat, Items, ItemKeys);
            return flat;
        }
    }

    private static void AddNumbered(Dictionary<string, ExtractedField> flat, IReadOnlyList<IReadOnlyDictionary<string, ExtractedField>> groups, string[] keys)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var key in keys)
            {
                if (groups[i].TryGetValue(key, out var field))
                {
                    flat[$"{key}_{i + 1}"] = field;
                }
            }
        }
    }
}
