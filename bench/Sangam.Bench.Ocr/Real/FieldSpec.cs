using System.Globalization;
using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Bench.Ocr.Real;

/// <summary>How a field's values are written and compared.</summary>
internal enum FieldKind
{
    /// <summary>Exact text (inner runs of spaces count as one space).</summary>
    Text,

    /// <summary>15 characters, upper case.</summary>
    Gstin,

    /// <summary>dd/MM/yyyy.</summary>
    Date,

    /// <summary>A number of rupees (or the document's currency), compared to the paisa.</summary>
    Amount,

    /// <summary>64 hex digits, lower case.</summary>
    Irn,

    /// <summary>A count of rows; zero means none were found.</summary>
    Count,
}

/// <summary>A field the real-corpus evaluation scores: its truth-file name (also the wire name) and how it compares.</summary>
/// <param name="Name">Name in the truth file and in the reading.</param>
/// <param name="Kind">How values are canonicalised.</param>
/// <param name="Key">One of the key fields a document must get right to count as read.</param>
internal sealed partial record FieldSpec(string Name, FieldKind Kind, bool Key)
{
    /// <summary>Invoice fields of the truth schema; key fields are the ones a customer posts to their ERP unchecked.</summary>
    public static readonly IReadOnlyList<FieldSpec> Invoice =
    [
        new("supplier_gstin", FieldKind.Gstin, Key: true),
        new("buyer_gstin", FieldKind.Gstin, Key: true),
        new("invoice_number", FieldKind.Text, Key: true),
        new("invoice_date", FieldKind.Date, Key: true),
        new("invoice_amount", FieldKind.Amount, Key: true),
        new("total_taxable", FieldKind.Amount, Key: false),
        new("total_cgst_amount", FieldKind.Amount, Key: false),
        new("total_sgst_amount", FieldKind.Amount, Key: false),
        new("total_igst_amount", FieldKind.Amount, Key: false),
        new("irn", FieldKind.Irn, Key: false),
        new("line_item_count", FieldKind.Count, Key: false),
    ];

    /// <summary>Bill-of-entry fields of the truth schema; all seven are key fields.</summary>
    public static readonly IReadOnlyList<FieldSpec> BillOfEntry =
    [
        new("boe_num", FieldKind.Text, Key: true),
        new("boe_date", FieldKind.Date, Key: true),
        new("port_code", FieldKind.Text, Key: true),
        new("gstin", FieldKind.Gstin, Key: true),
        new("total_ass_val", FieldKind.Amount, Key: true),
        new("total_duty", FieldKind.Amount, Key: true),
        new("total_amount", FieldKind.Amount, Key: true),
    ];

    /// <summary>A value here where the document prints none is made up: identifiers and money a customer would act on.</summary>
    public bool CanBeInvented => Kind is FieldKind.Gstin or FieldKind.Irn or FieldKind.Amount;

    /// <summary>The comparable form of a value, or null when there is none.</summary>
    public string? Canonical(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = Spaces().Replace(raw.Trim(), " ");
        return Kind switch
        {
            FieldKind.Gstin => text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
            FieldKind.Irn => text.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant(),
            FieldKind.Amount => Amount(text),
            FieldKind.Count => int.TryParse(text, CultureInfo.InvariantCulture, out var count) && count == 0 ? null : text,
            _ => text,
        };
    }

    /// <summary>Zero counts as none: a tax head the regime does not use is zero, printed or not, and invents nothing.</summary>
    private static string? Amount(string text) =>
        !decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? text
        : amount == 0 ? null
        : AmountText.Canonical(amount);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
