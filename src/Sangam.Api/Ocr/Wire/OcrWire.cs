using System.Globalization;
using Sangam.India.EInvoicing;
using Sangam.Ocr.Documents;
using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Api.Ocr.Wire;

/// <summary>Turns an engine reading into the wire shapes of platform-api.md §5.</summary>
public static class OcrWire
{
    public static OcrResponse ToResponse(DocumentReading reading, BoeFormat format)
    {
        var data = reading switch
        {
            InvoiceReading invoices => new OcrData { Invoices = [.. invoices.Invoices.Select(invoice => new InvoiceResult(Fields(invoice.Fields), [.. invoice.LineItems.Select(Fields)]))] },
            QrCodesReading codes => new OcrData
            {
                QrCodes = codes.QrCodes.Select(QrCode).ToList(),
                Message = codes.QrCodes.Count == 0 ? NoQrCodeMessage(reading.Pages.Pages.Count) : null,
            },
            DeliveryOrderReading order => new OcrData
            {
                DeliveryOrders = [new DeliveryOrderResult(Fields(order.Fields), order.Containers.Select(c => new ContainerResult(c.Number, c.CheckDigitValid, Round(c.Accuracy))).ToList())],
            },
            BillOfEntryReading boe when format == BoeFormat.BoeV2 => new OcrData
            {
                BillOfEntry = new BillOfEntryResult(Fields(boe.Header), boe.Invoices.Select(Fields).ToList(), boe.Items.Select(Fields).ToList()),
            },
            // The documented flat form carries plain strings.
            BillOfEntryReading boe => new OcrData { BoeFields = boe.Flat.ToDictionary(f => f.Key, object (f) => f.Value.Text, StringComparer.Ordinal) },
            _ => throw new ArgumentOutOfRangeException(nameof(reading), reading.GetType().Name, "Unknown reading."),
        };

        return new OcrResponse(data with
        {
            TimeTaken = Math.Round(reading.TimeTaken.TotalSeconds, 3),
            PageCount = reading.Pages.PageCount,
            PagesRead = reading.Pages.Pages.Count,
        });
    }

    private static string NoQrCodeMessage(int pagesRead) =>
        string.Create(CultureInfo.InvariantCulture, $"No QR code found on the {pagesRead} {(pagesRead == 1 ? "page" : "pages")} read.");

    private static IReadOnlyDictionary<string, OcrField> Fields(IReadOnlyDictionary<string, ExtractedField> fields) =>
        fields.ToDictionary(f => f.Key, f => new OcrField(f.Value.Value, Round(f.Value.Accuracy), Source(f.Value.Source), Location(f.Value.Location)), StringComparer.Ordinal);

    private static OcrLocation? Location(FieldLocation? location) => location is { Box: var box, PageWidth: > 0, PageHeight: > 0 }
        ? new OcrLocation(location.PageNumber, [Fraction(box.Left, location.PageWidth), Fraction(box.Top, location.PageHeight), Fraction(box.Right, location.PageWidth), Fraction(box.Bottom, location.PageHeight)])
        : null;

    private static double Fraction(int pixels, int size) => Math.Round(Math.Clamp((double)pixels / size, 0, 1), 4);

    private static string Source(FieldSource source) => source switch
    {
        FieldSource.Printed => "printed",
        FieldSource.AmountInWords => "amount_in_words",
        FieldSource.Computed => "computed",
        FieldSource.SignedQr => "signed_qr",
        FieldSource.UnverifiedQr => "unverified_qr",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown field source."),
    };

    private static double Round(double accuracy) => Math.Round(accuracy, 1);

    private static QrCodeResult QrCode(QrCodeReading code) => new(
        code.PageNumber,
        code.Raw,
        code.Kind switch
        {
            QrCodeKind.EInvoiceSignedQr => "einvoice_signed_qr",
            QrCodeKind.Upi => "upi",
            _ => "text",
        },
        code.Signature is { } signature ? new QrSignatureResult(signature.Verified, signature.Issuer, signature.Kid, signature.Reason) : null,
        code.Claims is { } claims ? Claims(claims) : null,
        code.Upi is { } upi ? new UpiResult(upi.PayeeAddress, upi.PayeeName, upi.Amount, upi.Currency, upi.Note) : null);

    // NIC's own claim names and formats, as the IRP puts them in the signed QR.
    private static Dictionary<string, object?> Claims(NicQrClaims claims) => new(StringComparer.Ordinal)
    {
        ["SellerGstin"] = claims.SellerGstin,
        ["BuyerGstin"] = claims.BuyerGstin,
        ["DocNo"] = claims.DocNo,
        ["DocTyp"] = claims.DocTyp,
        ["DocDt"] = claims.DocDt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ["TotInvVal"] = claims.TotInvVal,
        ["ItemCnt"] = claims.ItemCnt,
        ["MainHsnCode"] = claims.MainHsnCode,
        ["Irn"] = claims.Irn,
        ["IrnDt"] = claims.IrnDt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
    };
}
