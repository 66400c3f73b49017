namespace Sangam.India.EInvoicing;

/// <summary>Converts <see cref="EInvoiceDocumentType"/> to and from NIC's three-letter codes.</summary>
public static class EInvoiceDocumentTypeCode
{
    /// <summary>INV, CRN or DBN.</summary>
    public static string ToCode(this EInvoiceDocumentType type) => type switch
    {
        EInvoiceDocumentType.Invoice => "INV",
        EInvoiceDocumentType.CreditNote => "CRN",
        EInvoiceDocumentType.DebitNote => "DBN",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an e-invoice document type."),
    };

    /// <summary>Parses INV, CRN or DBN, ignoring case and surrounding spaces.</summary>
    public static ParseResult<EInvoiceDocumentType> Parse(string? code)
    {
        var text = code.AsSpan().Trim();
        if (text.Equals("INV", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult.Success(EInvoiceDocumentType.Invoice);
        }

        if (text.Equals("CRN", StringComparison.OrdinalIgnoreCase))
        {
            return ParseResult.Success(EInvoiceDocumentType.CreditNote);
        }

        return text.Equals("DBN", StringComparison.OrdinalIgnoreCase)
            ? ParseResult.Success(EInvoiceDocumentType.DebitNote)
            : ParseResult.Failure<EInvoiceDocumentType>(text.IsEmpty ? IdentifierText.NoValue : "expected INV, CRN or DBN");
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse(string? code, out EInvoiceDocumentType type) => Parse(code).TryGetValue(out type);
}
