namespace Sangam.Client.Ocr;

/// <summary>What an uploaded document is (the form's <c>document_type</c>).</summary>
public enum OcrDocumentType
{
    /// <summary>A GST tax invoice (<c>invoice</c>).</summary>
    Invoice,

    /// <summary>The document's QR codes, e-invoice signed QR codes above all (<c>qr_code</c>).</summary>
    QrCode,

    /// <summary>A shipping line's delivery order (<c>delivery_order</c>).</summary>
    DeliveryOrder,

    /// <summary>A customs bill of entry (<c>BOE</c>).</summary>
    BillOfEntry,
}

/// <summary>The response shape of a bill of entry (the form's <c>format</c>).</summary>
public enum BoeFormat
{
    /// <summary><c>boe</c>: the documented flat object (<see cref="OcrData.BoeFields"/>).</summary>
    Boe,

    /// <summary><c>boe_v2</c>: header, invoices and items (<see cref="OcrData.Boe"/>).</summary>
    BoeV2,
}

/// <summary>Wire names of <see cref="OcrDocumentType"/>.</summary>
public static class OcrDocumentTypes
{
    /// <summary>The form value: <c>invoice</c>, <c>qr_code</c>, <c>delivery_order</c> or <c>BOE</c>.</summary>
    public static string ToWireName(this OcrDocumentType type) => type switch
    {
        OcrDocumentType.Invoice => "invoice",
        OcrDocumentType.QrCode => "qr_code",
        OcrDocumentType.DeliveryOrder => "delivery_order",
        OcrDocumentType.BillOfEntry => "BOE",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a wire name or a short form (<c>boe</c>, <c>qr</c>), case-insensitively.</summary>
    public static bool TryParse(string? value, out OcrDocumentType type)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "INVOICE":
                type = OcrDocumentType.Invoice;
                return true;
            case "QR_CODE" or "QR":
                type = OcrDocumentType.QrCode;
                return true;
            case "DELIVERY_ORDER" or "DO":
                type = OcrDocumentType.DeliveryOrder;
                return true;
            case "BOE":
                type = OcrDocumentType.BillOfEntry;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
