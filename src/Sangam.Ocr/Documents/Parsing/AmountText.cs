using System.Globalization;
using System.Text.RegularExpressions;

namespace Sangam.Ocr.Documents.Parsing;

/// <summary>
/// Reads money amounts as printed on Indian documents: lakh/crore grouping (12,34,567.89), western
/// grouping, the decimal comma of foreign invoices (15 673,08), currency marks (₹, Rs., INR), and the usual OCR slips (O for 0, a colon for the decimal
/// point, a stray space after a comma).
/// </summary>
public static partial class AmountText
{
    /// <summary>The amounts in <paramref name="text"/>, left to right.</summary>
    public static List<decimal> All(string text)
    {
        var amounts = new List<decimal>();
        foreach (Match match in AmountPattern().Matches(Normalize(text)))
        {
            if (TryParseExact(match.Value, out var amount))
            {
                amounts.Add(amount);
            }
        }

        return amounts;
    }

    /// <summary>The last amount in the text: in "CGST @ 9% 66,417.26" that is the tax, not the rate.</summary>
    public static bool TryParseLast(string text, out decimal amount)
    {
        var all = All(text);
        amount = all.Count > 0 ? all[^1] : 0;
        return all.Count > 0;
    }

    /// <summary>The canonical text form used by ground truth and comparisons: two decimals, no grouping.</summary>
    public static string Canonical(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static bool TryParseExact(string token, out decimal amount)
    {
        var negative = token.StartsWith('-') || token.StartsWith('(');
        var digits = token.Trim('-', '(', ')').Replace(",", string.Empty, StringComparison.Ordinal);
        var parsed = decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
        amount = negative ? -amount : amount;
        return parsed;
    }

    private static string Normalize(string text)
    {
        var cleaned = CurrencyMark().Replace(text, " ");

        // "15 673,08" or "15.673,08" (foreign invoices): a comma before exactly two last digits is a decimal
        // comma, since neither Indian nor western grouping ends in a group of two.
        cleaned = DecimalComma().Replace(cleaned, match => $"{match.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal)}.{match.Groups[3].Value}");

        // "8, 85,274.00": OCR put a space after a grouping comma.
        cleaned = SpaceAfterComma().Replace(cleaned, string.Empty);

        // "8,93,394,.00": a speck read as a comma before the decimal point.
        cleaned = CommaBeforePoint().Replace(cleaned, string.Empty);

        // "1,71,991:37" or "1,71,991;37": a misread decimal point before exactly two digits; "11,100=00" as typed on templates.
        cleaned = ColonDecimal().Replace(cleaned, "$1.$2");

        // Letters that stand for digits inside a number: O/o→0, l/I→1.
        return LetterDigits().Replace(cleaned, match => match.Value.Replace('O', '0').Replace('o', '0').Replace('l', '1').Replace('I', '1'));
    }

    [GeneratedRegex(@"-?\(?\d{1,3}(?:,\d{2,3})+(?:\.\d{1,2})?\)?|-?\d+(?:\.\d{1,2})?", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<![\d,.])(\d{1,3}(?:( |\.)\d{3}(?:\2\d{3})*)?),(\d{2})(?![\d,])", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"₹|\bRs\.?|\bINR\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyMark();

    [GeneratedRegex(@"(?<=\d,)\s+(?=\d{2,3}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceAfterComma();

    [GeneratedRegex(@"(?<=\d),(?=\.\d{2}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CommaBeforePoint();

    [GeneratedRegex(@"(\d)[:;=](\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ColonDecimal();

    [GeneratedRegex(@"(?<=\d[\d,.]*)[OolI]+(?=[\d,.]*\d)|(?<=[\d,.]*\d)[Oo]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex LetterDigits();
}
