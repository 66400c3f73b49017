using System.Globalization;
using System.Text;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// Document by document: every field that was not right, with what is printed and what was read. It quotes
/// real names and identifiers, so it is written outside the committed results (<c>bench/out/</c> by default).
/// </summary>
internal static class RealDetails
{
    public static string Write(IReadOnlyList<RealResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine("# Real documents, one by one (local file: do not publish)");
        md.AppendLine();
        foreach (var result in results)
        {
            var status = result.KeyFieldsRight ? "key fields right" : "KEY FIELDS WRONG";
            md.AppendLine(CultureInfo.InvariantCulture, $"## {result.Truth.Document}");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"{string.Join(", ", result.Kinds)}, {result.Truth.Script}; {status}{(result.Invented ? "; INVENTED A VALUE" : string.Empty)}; {result.Pages} pages ({result.OcrPages.Count} from pixels) in {result.Time.Wall:0.00} s, {result.Time.Cpu:0.00} s of processor{(result.Baseline is { } baseline ? $" (raw tesseract {baseline.Wall:0.00} s, {baseline.Cpu:0.00} s)" : string.Empty)}");
            if (result.Error is not null)
            {
                md.AppendLine();
                md.AppendLine(CultureInfo.InvariantCulture, $"Error: {result.Error}");
            }

            md.AppendLine();
            foreach (var (record, index) in result.Records.Select((record, index) => (record, index + 1)))
            {
                foreach (var spec in record.Specs.Where(spec => record.Outcomes[spec.Name] is not FieldOutcome.Right))
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- {record.Type} {index}, {spec.Name}: {record.Outcomes[spec.Name]}: printed {record.Expected[spec.Name] ?? "nothing"}, read {record.Actual[spec.Name] ?? "nothing"}{(record.Accuracies.TryGetValue(spec.Name, out var accuracy) ? $" (accuracy {accuracy:0.#})" : string.Empty)}");
                }
            }

            md.AppendLine();
        }

        return md.ToString();
    }
}
