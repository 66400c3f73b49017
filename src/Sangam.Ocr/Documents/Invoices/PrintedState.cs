using System.Text.RegularExpressions;
using Sangam.India;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// The state printed beside a party's GSTIN ("State Name : Telangana, Code : 36", "State/UT Code: 37",
/// "State : 24 Gujarat"), or in a place of supply ("27-Maharashtra", "HARYANA [06]", "Haryana"), as its
/// two-digit GST code: an independent reading of the GSTIN's first two characters.
/// </summary>
internal static partial class PrintedState
{
    /// <summary>Lines above and below a GSTIN searched for its party's state.</summary>
    private const int LinesAround = 2;

    /// <summary>The state code printed near a GSTIN in its column, or null.</summary>
    public static string? Near(DocumentText text, GstinSighting sighting)
    {
        var page = text.Page(sighting.PageNumber);
        var reach = page.Width / 5;
        for (var distance = 0; distance <= LinesAround; distance++)
        {
            foreach (var index in new[] { sighting.LineIndex + distance, sighting.LineIndex - distance }.Distinct())
            {
                if (index < 0 || index >= page.Lines.Count)
                {
                    continue;
                }

                var nearby = page.Lines[index].Phrases
                    .Where(phrase => phrase.Box.CenterX >= sighting.Box.Left - reach && phrase.Box.CenterX <= sighting.Box.Right + reach)
                    .Select(phrase => phrase.Text);
                if (CodeIn(string.Join("  ", nearby)) is { } code)
                {
                    return code;
                }
            }
        }

        return null;
    }

    /// <summary>A place of supply as printed, as a state; null when no state can be read from it.</summary>
    public static IndianState? OfPlaceOfSupply(string text)
    {
        if (Bracketed().Match(text) is { Success: true } bracketed && IndianStates.TryGetByCode(bracketed.Groups[1].Value.AsSpan(), out var byBracket))
        {
            return byBracket;
        }

        var digits = new string([.. text.Where(char.IsAsciiDigit).Take(2)]);
        if (digits.Length == 2 && IndianStates.TryGetByCode(digits.AsSpan(), out var byCode))
        {
            return byCode;
        }

        var name = Bracketed().Replace(text, " ").Trim(' ', '-', '(', ')', ':', '[', ']').TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', ' ');
        return IndianStates.TryGetByName(name, out var byName) ? byName : null;
    }

    private static string? CodeIn(string text)
    {
        if (StateCode().Match(text) is { Success: true } code && IndianStates.TryGetByCode(code.Groups[1].Value.AsSpan(), out _))
        {
            return code.Groups[1].Value;
        }

        if (StateName().Match(text) is { Success: true } named && IndianStates.TryGetByName(named.Groups[1].Value.Trim(), out var state))
        {
            return state.GstCode;
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:State\s*(?:/\s*UT\s*)?Code|State|Code)\s*[:\-]?\s*(\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateCode();

    [GeneratedRegex(@"\bState(?:\s*Name)?\s*[:\-]\s*([A-Za-z][A-Za-z &]+?)(?:\s*,|\s{2,}|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateName();

    [GeneratedRegex(@"[\[(](\d{2})[\])]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
