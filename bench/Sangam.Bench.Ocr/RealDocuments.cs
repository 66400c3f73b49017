using System.Text.Json;

namespace Sangam.Bench.Ocr;

/// <summary>
/// Real documents for evaluation: each file (PDF, PNG, JPEG, TIFF) with a ground-truth JSON beside it
/// named <c>&lt;file&gt;.json</c>: <c>{"document_type": "invoice", "expected": {"invoice_number": "...", ...}}</c>,
/// values in the canonical forms the pipeline writes (dates dd/MM/yyyy, amounts with two decimals).
/// </summary>
internal static class RealDocuments
{
    public static IEnumerable<(string Name, string DocumentType, byte[] File, Dictionary<string, string> Expected)> Load(string folder)
    {
        foreach (var truthPath in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var documentPath = truthPath[..^".json".Length];
            if (!File.Exists(documentPath))
            {
                continue;
            }

            using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
            var type = truth.RootElement.GetProperty("document_type").GetString()!;
            var expected = truth.RootElement.GetProperty("expected").EnumerateObject().ToDictionary(property => property.Name, property => property.Value.ToString());
            yield return (Path.GetFileName(documentPath), type, File.ReadAllBytes(documentPath), expected);
        }
    }
}
