using System.Globalization;
using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// A metered sale's receipt (a fuel pump's slip) prints the rate, the volume dispensed and the amount, and no total
/// label: the amount is the total when rate × volume gives it, to the precision the two are printed with. Figures beside
/// their labels only: under them they are an item table's columns.
/// </summary>
internal static partial class MeteredSale
{
    /// <summary>A receipt's one amount, as "Amount Paid": any total label on the page comes first.</summary>
    private const int Priority = 2;

    public static IEnumerable<AmountCandidate> Read(DocumentText text)
    {
        foreach (var page in text.Pages)
        {
            if (Figure(page, RateLabel) is not var (rate, rateDecimals, rateValue)
                || Figure(page, VolumeLabel) is not var (volume, volumeDecimals, _)
                || Beside(page, AmountLabel).FirstOrDefault(value => value.LineIndex > rateValue.LineIndex) is not { } amountValue
                || rate <= 1 || volume <= 0)
            {
                continue;
            }

            // Each printed figure is off by up to half its last digit; the product by that much times the other.
            var tolerance = (rate * HalfDigit(volumeDecimals)) + (volume * HalfDigit(rateDecimals)) + 0.01m;
            var expected = rate * volume;
            foreach (var amount in AmountText.All(amountValue.Text).Where(amount => Math.Abs(amount - expected) <= tolerance))
            {
                var accuracy = FieldAccuracy.CrossChecked(text.AccuracyOf(amountValue));
                yield return new AmountCandidate(AmountKind.Total, amount, accuracy, Priority, $"labelled '{amountValue.Label.Trim()}'; rate × volume", page.PageNumber, amountValue.LineIndex);
                break;
            }
        }
    }

    /// <summary>The values beside (not under) the label on the page.</summary>
    private static IEnumerable<LabelledValue> Beside(PageReading page, Regex label) =>
        LabelFinder.FindAll(page.Lines, page.PageNumber, label).Where(found => found.Placement != ValuePlacement.Below);

    private static (decimal Value, int Decimals, LabelledValue Found)? Figure(PageReading page, Regex label)
    {
        foreach (var found in Beside(page, label))
        {
            var figure = Number().Match(found.Text);
            if (figure.Success && decimal.TryParse(figure.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                var point = figure.Value.IndexOf('.', StringComparison.Ordinal);
                return (value, point < 0 ? 0 : figure.Value.Length - point - 1, found);
            }
        }

        return null;
    }

    private static decimal HalfDigit(int decimals) => 0.5m / (decimal)Math.Pow(10, decimals);

    /// <summary>"Rate", "Rate(Rs/L)", "Rate/Ltr", "Price/L".</summary>
    private static readonly Regex RateLabel = LabelFinder.Label(@"(?:Rate|Price)(?:\s*\(?\s*(?:Rs\.?|INR|₹)?\s*/\s*(?:L|Ltr|Litre|Kg)\s*\)?)?");

    /// <summary>"Volume(L)", "Vol.", "Qty(Ltr)", "Quantity".</summary>
    private static readonly Regex VolumeLabel = LabelFinder.Label(@"(?:Volume|Vol|Qty|Quantity)(?:\s*\(?\s*(?:L|Ltr|Litres?|Kg)\s*\)?)?");

    /// <summary>"Amount(Rs)", "Sale Amount", "Amt".</summary>
    private static readonly Regex AmountLabel = LabelFinder.Label(@"(?:Sale\s*)?(?:Amount|Amt)(?:\s*\(?\s*(?:Rs\.?|INR|₹)\s*\)?)?");

    [GeneratedRegex(@"\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
