using System.Text.RegularExpressions;
using Sangam.Ocr;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// How many printed key values appear, exactly, in the recognised text: the recognition measured apart
/// from the extraction, so a better page image shows even where no extractor rule picks the value yet.
/// Identifiers and numbers must stand as whole tokens (a one-digit bill number is not "found" in any
/// "1"); amounts and dates are compared after parsing, whatever their printed style.
/// </summary>
internal static partial class TextRecall
{
    /// <param name="pages">The pages read; null when the document could not be read.</param>
    /// <param name="records">Every printed record with the fields it is scored on.</param>
    /// <returns>Each legible printed key value's field, and whether the value is in the text.</returns>
    public static IReadOnlyList<KeyValueRecall> Of(DocumentPages? pages, IEnumerable<(IReadOnlyList<FieldSpec> Specs, TruthRecord Truth)> records)
    {
        var lines = pages?.Pages.SelectMany(page => page.Lines).Select(line => line.Text).ToList() ?? [];
        var text = Spaces().Replace(string.Join('\n', lines), " ").ToUpperInvariant();
        var amounts = lines.SelectMany(AmountText.All).Select(AmountText.Canonical).ToHashSet(StringComparer.Ordinal);
        var dates = lines.SelectMany(Dates).ToHashSet(StringComparer.Ordinal);
        var recall = new List<KeyValueRecall>();
        foreach (var (specs, truth) in records)
        {
            foreach (var spec in specs.Where(spec => spec.Key && !truth.Illegible.Contains(spec.Name)))
            {
                if (truth.Values[spec.Name] is not { } value)
                {
                    continue;
                }

                var present = spec.Kind switch
                {
                    FieldKind.Amount => amounts.Contains(value),
                    FieldKind.Date => dates.Contains(value),
                    _ => Regex.IsMatch(text, $"(?<![A-Z0-9]){Regex.Escape(value.ToUpperInvariant()).Replace(@"\ ", @"\s?", StringComparison.Ordinal)}(?![A-Z0-9])"),
                };
                recall.Add(new KeyValueRecall(spec, present));
            }
        }

        return recall;
    }

    /// <summary>Every date on a line, in canonical form: the first date of the text from each word onwards.</summary>
    private static IEnumerable<string> Dates(string line)
    {
        for (var start = 0; start < line.Length; start = line.IndexOf(' ', start) is var space and >= 0 ? space + 1 : line.Length)
        {
            if (DateText.TryParseFirst(line[start..], out var date))
            {
                yield return DateText.Canonical(date);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>One printed key value: its field, and whether the recognised text holds it.</summary>
internal sealed record KeyValueRecall(FieldSpec Spec, bool InText);
