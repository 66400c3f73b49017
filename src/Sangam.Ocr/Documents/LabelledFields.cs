using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents;

/// <summary>How a labelled value is read.</summary>
internal enum ValueShape
{
    /// <summary>The first word (a reference number).</summary>
    Token,

    /// <summary>Everything after the label (a name or a place).</summary>
    Text,

    /// <summary>A date, written dd/MM/yyyy.</summary>
    Date,

    /// <summary>An amount, written as a string with two decimals (customs documents keep strings).</summary>
    AmountText,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number as printed (its decimals kept), without grouping: weights, exchange rates.</summary>
    Number,

    /// <summary>A six-character customs location code, e.g. INNSA1, found among other words ("Nhava Sheva Sea,INNSA1").</summary>
    PortCode,
}

/// <summary>A field found by its printed label.</summary>
internal sealed record LabelledField(string Key, Regex Label, ValueShape Shape);

/// <summary>Reads simple "label: value" fields of forms such as delivery orders and bills of entry.</summary>
internal static partial class LabelledFields
{
    public static LabelledField Field(string key, string labelAlternatives, ValueShape shape) => new(key, LabelFinder.Label(labelAlternatives), shape);

    public static void Read(DocumentText text, FieldSet fields, IReadOnlyList<LabelledField> specs)
    {
        foreach (var spec in specs)
        {
            foreach (var found in text.All(spec.Label))
            {
                if (Value(found, spec.Shape) is { } value && !IsLabelOfAny(value, specs))
                {
                    fields.Set(spec.Key, value, text.AccuracyOf(found), $"labelled '{found.Label}'");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The value is, whole, a label of the form ("IMPORTER NAME &amp; ADDRESS" read as the port of shipment's value on a
    /// scan where the port's own cell is empty or unread): a form's labels are never its values.
    /// </summary>
    private static bool IsLabelOfAny(string value, IReadOnlyList<LabelledField> specs) =>
        specs.Any(spec => spec.Label.Match(value) is { Success: true, Index: 0 } label && label.Length == value.Length);

    /// <summary>The value in its shape; null when the words do not have it, or are another printed label ("16.PORT OF SHIPMENT").</summary>
    private static string? Value(LabelledValue found, ValueShape shape)
    {
        if (LabelFinder.IsLabel(found.Text))
        {
            return null;
        }

        switch (shape)
        {
            case ValueShape.Token:
                var token = found.Words[0].Text.Trim('.', ',', ';', ':', '|', '_');
                return token.Any(char.IsAsciiLetterOrDigit) ? token : null;
            case ValueShape.Text:
                return found.Text.Trim(' ', ',', '.', ':', '|', '_');
            case ValueShape.PortCode:
                return PortCodePattern().Match(found.Text) is { Success: true } code ? code.Value : null;
            case ValueShape.Date:
                return DateText.TryParseFirst(found.Text, out var date) ? DateText.Canonical(date) : null;
            case ValueShape.AmountText:
                return AmountText.All(found.Text) is [var amount, ..] ? AmountText.Canonical(amount) : null;
            case ValueShape.Integer:
                return IntegerPattern().Match(found.Text) is { Success: true } integer ? integer.Value : null;
            case ValueShape.Number:
                return NumberPattern().Match(found.Text.Replace(",", string.Empty, StringComparison.Ordinal)) is { Success: true } number ? number.Value : null;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown value shape.");
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}[A-Z0-9]{3}\d(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PortCodePattern();

    [GeneratedRegex(@"\b\d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
