using System.Diagnostics;
using System.Text.RegularExpressions;
using Sangam.India.EInvoicing;
using Sangam.Ocr;
using Sangam.Ocr.Documents;

namespace Sangam.Bench.Ocr;

/// <summary>Reads a document with the pipeline and compares every expected field with what came out.</summary>
internal sealed partial class Evaluator(DocumentReader reader, NicKeyStore keys)
{
    private static readonly string[] InvoiceKeys = ["supplier_gstin", "buyer_gstin", "invoice_number", "invoice_date", "invoice_amount", "irn"];
    private static readonly string[] DeliveryOrderKeys = ["do_number", "bl_number", "container_numbers"];
    private static readonly string[] BillOfEntryKeys = ["boe_num", "boe_date", "port_code", "gstin", "total_amount"];

    public async Task<DocumentResult> EvaluateAsync(string name, string condition, string documentType, byte[] file, IReadOnlyDictionary<string, string> expected)
    {
        if (!DocumentTypes.TryParse(documentType, out var type))
        {
            throw new ArgumentException($"Unknown document type '{documentType}' for {name}.", nameof(documentType));
        }

        var watch = Stopwatch.StartNew();
        var result = await reader.ReadAsync(file, type, keys, maxPages: DocumentReader.SynchronousPageLimit);
        var seconds = watch.Elapsed.TotalSeconds;
        var keyFields = (type switch
        {
            DocumentType.Invoice => InvoiceKeys,
            DocumentType.DeliveryOrder => DeliveryOrderKeys,
            DocumentType.BillOfEntry => BillOfEntryKeys,
            _ => [],
        }).Where(expected.ContainsKey).ToList();
        if (!result.Succeeded)
        {
            return new DocumentResult(name, condition, documentType, 0, seconds, [], expected.Keys.ToDictionary(key => key, _ => false), keyFields, new Dictionary<string, string>(), result.Error!.Message);
        }

        var reading = result.Value!;
        var fields = reading switch
        {
            // A generated document holds one invoice; a reading that splits it in two gets the first scored.
            InvoiceReading invoice => invoice.Invoices.Count > 0 ? invoice.Invoices[0].Fields : new Dictionary<string, ExtractedField>(),
            DeliveryOrderReading order => order.Fields,
            BillOfEntryReading boe => boe.Flat,
            _ => new Dictionary<string, ExtractedField>(),
        };
        var matches = expected.ToDictionary(pair => pair.Key, pair => fields.TryGetValue(pair.Key, out var field) && Same(pair.Key, pair.Value, field.Text));
        var qr = reading.Pages.Pages.Select(page => page.QrTime.TotalMilliseconds).ToList();
        var misses = keyFields.Where(key => !matches[key]).ToDictionary(key => key, key => $"expected {expected[key]}, read {fields.GetValueOrDefault(key)?.Text ?? "nothing"}");
        return new DocumentResult(name, condition, documentType, reading.Pages.Pages.Count, seconds, qr, matches, keyFields, misses, null);
    }

    /// <summary>Exact match; names and places ignore case and spacing (letterheads print them in capitals).</summary>
    private static bool Same(string key, string expected, string actual) =>
        key.EndsWith("_name", StringComparison.Ordinal) || key is "shipping_line" or "port_of_discharge"
            ? string.Equals(Spaces().Replace(expected, " ").Trim(), Spaces().Replace(actual, " ").Trim(), StringComparison.OrdinalIgnoreCase)
            : expected == actual;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
