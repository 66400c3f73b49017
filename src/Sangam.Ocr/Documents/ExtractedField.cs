namespace Sangam.Ocr.Documents;

/// <summary>
/// One extracted value and how far to trust it (0-100). <see cref="Value"/> is a string, a decimal
/// (amounts), a boolean (statuses) or a list of strings; the API writes it as the wire contract's
/// <c>{"value": ..., "accuracy": ...}</c>.
/// </summary>
/// <param name="Value">The value in canonical form (dates dd/MM/yyyy, amounts as numbers).</param>
/// <param name="Accuracy">Confidence 0-100; see <see cref="FieldAccuracy"/> for how it is derived.</param>
/// <param name="Evidence">Why the value is believed, e.g. "ocr", "repaired 1 char", "confirmed by signed QR".</param>
public sealed record ExtractedField(object Value, double Accuracy, string Evidence)
{
    /// <summary>The value as text, for comparisons and logs (amounts with two decimals).</summary>
    public string Text => Value switch
    {
        decimal amount => Parsing.AmountText.Canonical(amount),
        bool flag => flag ? "true" : "false",
        IEnumerable<string> items when Value is not string => string.Join(", ", items),
        _ => Value.ToString() ?? string.Empty,
    };
}
