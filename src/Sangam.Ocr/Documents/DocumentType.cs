namespace Sangam.Ocr.Documents;

/// <summary>The document types the OCR API reads.</summary>
public enum DocumentType
{
    /// <summary>A GST tax invoice (wire value <c>invoice</c>).</summary>
    Invoice,

    /// <summary>The QR codes of a document, e-invoice signed QR above all (wire value <c>qr_code</c>).</summary>
    QrCode,

    /// <summary>A shipping line's delivery order (wire value <c>delivery_order</c>).</summary>
    DeliveryOrder,

    /// <summary>A customs bill of entry (wire value <c>BOE</c>).</summary>
    BillOfEntry,
}

/// <summary>Wire names of <see cref="DocumentType"/>.</summary>
public static class DocumentTypes
{
    /// <summary>Parses the API's <c>document_type</c> value, case-insensitively.</summary>
    public static bool TryParse(string? wireName, out DocumentType type)
    {
        switch (wireName?.Trim().ToUpperInvariant())
        {
            case "INVOICE":
                type = DocumentType.Invoice;
                return true;
            case "QR_CODE":
                type = DocumentType.QrCode;
                return true;
            case "DELIVERY_ORDER":
                type = DocumentType.DeliveryOrder;
                return true;
            case "BOE":
                type = DocumentType.BillOfEntry;
                return true;
            default:
                type = default;
                return false;
        }
    }

    public static string ToWireName(this DocumentType type) => type switch
    {
        DocumentType.Invoice => "invoice",
        DocumentType.QrCode => "qr_code",
        DocumentType.DeliveryOrder => "delivery_order",
        DocumentType.BillOfEntry => "BOE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };
}
