using System.Text.Json;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// One ground-truth file of the real corpus (<c>&lt;document path&gt;.json</c>): what the document prints,
/// written by reading it. A null value means the document does not print the field.
/// </summary>
/// <param name="Document">Path of the document under its corpus root, e.g. <c>source/file.pdf</c>.</param>
/// <param name="SourceKind"><c>text_pdf</c>, <c>scanned_pdf</c>, <c>image_pdf</c> or <c>photo</c>.</param>
/// <param name="Script"><c>printed</c>, <c>handwritten</c> or <c>mixed</c>.</param>
/// <param name="Invoices">One record per distinct invoice, credit or debit note, bill or receipt.</param>
/// <param name="BillsOfEntry">One record per bill of entry or import checklist.</param>
internal sealed record TruthDocument(
    string Document,
    string SourceKind,
    string Script,
    IReadOnlyList<TruthRecord> Invoices,
    IReadOnlyList<TruthRecord> BillsOfEntry)
{
    /// <summary>The repository the document came from: the first folder of its path.</summary>
    public string Source => Document.Split('/')[0];

    /// <summary>Values written by hand (wholly or in a printed form) are measured apart: they are beyond what printed-text OCR reads.</summary>
    public bool Handwritten => Script != "printed";

    public bool IsEInvoice => Invoices.Any(invoice => invoice.Values.GetValueOrDefault("irn") is not null);

    /// <summary>Scanned or photographed paper, the harder half of the printed goal.</summary>
    public bool ScannedOrPhotographed => SourceKind is "scanned_pdf" or "photo";

    public static TruthDocument Parse(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        return new TruthDocument(
            root.GetProperty("document").GetString()!,
            root.GetProperty("source_kind").GetString()!,
            root.TryGetProperty("script", out var script) ? script.GetString()! : "printed",
            Records(root, "invoices", FieldSpec.Invoice),
            Records(root, "bills_of_entry", FieldSpec.BillOfEntry));
    }

    private static List<TruthRecord> Records(JsonElement root, string name, IReadOnlyList<FieldSpec> fields)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return array.EnumerateArray().Select(record => new TruthRecord(
            fields.ToDictionary(field => field.Name, field => field.Canonical(Text(record, field.Name))),
            record.TryGetProperty("illegible", out var illegible) && illegible.ValueKind == JsonValueKind.Array
                ? illegible.EnumerateArray().Select(item => item.GetString()!).ToHashSet(StringComparer.Ordinal)
                : [])).ToList();
    }

    private static string? Text(JsonElement record, string name) =>
        !record.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
}

/// <summary>The truth of one invoice or bill of entry: canonical values by field name, and the fields printed but unreadable.</summary>
internal sealed record TruthRecord(IReadOnlyDictionary<string, string?> Values, IReadOnlySet<string> Illegible);
