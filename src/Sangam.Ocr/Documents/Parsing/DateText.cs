using System.Globalization;
using System.Text.RegularExpressions;

namespace Sangam.Ocr.Documents.Parsing;

/// <summary>Reads the date styles Indian documents print (23/02/2025, 23-Feb-2025, 23.02.25, 27 Nov, 2020, 2025-02-23 ...) and writes dd/MM/yyyy.</summary>
public static partial class DateText
{
    private static readonly string[] Formats =
    [
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yy", "d-M-yy", "d.M.yy",
        "d-MMM-yyyy", "d MMM yyyy", "d-MMM-yy", "d MMM yy", "d/MMM/yyyy", "d.MMM.yyyy", "MMM d, yyyy", "d MMMM yyyy", "d-MMMM-yyyy", "d MMM, yyyy", "d MMMM, yyyy",
        "yyyy-MM-dd",
    ];

    public static string Canonical(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The first date in <paramref name="text"/>.</summary>
    public static bool TryParseFirst(string text, out DateOnly date)
    {
        foreach (Match match in Candidate().Matches(text))
        {
            // Letters read for digits (O, l, I) are fixed only when the exact token does not parse:
            // "19-Jul-2023" must keep its l.
            var token = Spaces().Replace(match.Value.Trim(), " ");
            var repaired = OcrDigits().Replace(token, fix => fix.Value.Replace('O', '0').Replace('o', '0').Replace('l', '1').Replace('I', '1'));
            foreach (var candidate in new[] { token, repaired })
            {
                if (DateOnly.TryParseExact(candidate, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
                    && date.Year is >= 1990 and <= 2100)
                {
                    return true;
                }
            }
        }

        date = default;
        return false;
    }

    [GeneratedRegex(@"\b[\dOolI]{1,2}\s?[/\-.]\s?[\dOolI]{1,2}\s?[/\-.]\s?[\dOolI]{2,4}\b|\b\d{1,2}[\s\-/.]?[A-Za-z]{3,9}[\s\-/.,]*\d{2,4}\b|\b[A-Za-z]{3}\s\d{1,2},\s\d{4}\b|\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"(?<=[\d/\-.])[OolI]|[OolI](?=[\d/\-.])", RegexOptions.CultureInvariant)]
    private static partial Regex OcrDigits();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
