namespace Sangam.Ocr.Documents;

/// <summary>Where an extracted value comes from.</summary>
public enum FieldSource
{
    /// <summary>Printed on the page: a PDF text layer or recognised from pixels (wire value <c>printed</c>).</summary>
    Printed,

    /// <summary>Read from the amount printed in words (wire value <c>amount_in_words</c>).</summary>
    AmountInWords,

    /// <summary>Derived from other fields: a sum, a PAN from its GSTIN, a state from a GSTIN (wire value <c>computed</c>).</summary>
    Computed,

    /// <summary>Taken from an e-invoice QR whose NIC signature verifies (wire value <c>signed_qr</c>).</summary>
    SignedQr,

    /// <summary>
    /// Taken from an e-invoice QR whose signing key is not in the key store (NIC rotates keys): the IRP's data,
    /// but unproven, so it only fills what the page did not give (wire value <c>unverified_qr</c>).
    /// </summary>
    UnverifiedQr,
}

/// <summary>
/// One extracted value and how far to trust it (0-100). <see cref="Value"/> is a string, a decimal
/// (amounts), a boolean (statuses) or a list of strings; the API writes it as the wire contract's
/// <c>{"value": ..., "accuracy": ..., "source": ...}</c>.
/// </summary>
/// <param name="Value">The value in canonical form (dates dd/MM/yyyy, amounts as numbers).</param>
/// <param name="Accuracy">Confidence 0-100; see <see cref="FieldAccuracy"/> for how it is derived.</param>
/// <param name="Evidence">Why the value is believed, e.g. "ocr", "repaired 1 char", "confirmed by signed QR".</param>
/// <param name="Source">Where the value was read or how it was derived.</param>
public sealed record ExtractedField(object Value, double Accuracy, string Evidence, FieldSource Source = FieldSource.Printed)
{
    /// <summary>Where the value is printed, when it is (see <see cref="FieldLocator"/>).</summary>
    public FieldLocation? Location { get; init; }

    /// <summary>The value as text, for comparisons and logs (amounts with two decimals).</summary>
    public string Text => Value switch
    {
        decimal amount => Parsing.AmountText.Canonical(amount),
        bool flag => flag ? "true" : "false",
        IEnumerable<string> items when Value is not string => string.Join(", ", items),
        _ => Value.ToString() ?? string.Empty,
    };
}
