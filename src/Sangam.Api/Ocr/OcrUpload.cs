using Sangam.Api.Http.Errors;
using Sangam.Ocr.Documents;

namespace Sangam.Api.Ocr;

/// <summary>The two shapes of a bill of entry reading (platform-api.md §5).</summary>
public enum BoeFormat
{
    /// <summary><c>boe</c>: the documented flat object with numbered groups.</summary>
    Boe,

    /// <summary><c>boe_v2</c>: part-wise header, invoices and items.</summary>
    BoeV2,
}

/// <summary>A validated upload: the file, what it is, and (bills of entry) the response shape.</summary>
public sealed record OcrUpload(byte[] File, DocumentType Type, BoeFormat Format)
{
    public const string FileField = "file_url";
    public const string TypeField = "document_type";
    public const string FormatField = "format";
    public const string TypeValues = "invoice|qr_code|delivery_order|BOE";
    public const string FormatValues = "boe|boe_v2";

    // Room for the multipart boundaries and the two small text fields around the file.
    private const long FramingAllowance = 64 * 1024;

    /// <summary>
    /// Reads the multipart form of <c>POST /api/v2/ocr/upload</c> and <c>/async</c>: <c>file_url</c> carries the file
    /// itself, <c>document_type</c> (invoice when absent) and <c>format</c> match case-insensitively. Oversized uploads are refused from
    /// their Content-Length before the body is read.
    /// </summary>
    public static async Task<(OcrUpload? Upload, ApiError? Error)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes + FramingAllowance)
        {
            return (null, TooLarge(maxBytes));
        }

        if (!request.HasFormContentType)
        {
            return (null, ApiError.InvalidField(FileField, "a PDF, JPEG, PNG, WebP or TIFF file sent as multipart/form-data"));
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            return (null, ApiError.InvalidField(FileField, "a PDF, JPEG, PNG, WebP or TIFF file sent as multipart/form-data"));
        }

        if (file.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        // Clients of the hosted platform send only the file for an invoice: no document_type means invoice.
        var type = DocumentType.Invoice;
        string? typeValue = form[TypeField];
        if (!string.IsNullOrWhiteSpace(typeValue) && !DocumentTypes.TryParse(typeValue, out type))
        {
            return (null, ApiError.InvalidField(TypeField, TypeValues, "invoice (the default), qr_code, delivery_order or BOE"));
        }

        var format = BoeFormat.Boe;
        string? formatValue = form[FormatField];
        if (type == DocumentType.BillOfEntry && !string.IsNullOrWhiteSpace(formatValue) && !TryParseFormat(formatValue, out format))
        {
            return (null, ApiError.InvalidField(FormatField, FormatValues));
        }

        var bytes = new byte[file.Length];
        await using (var content = file.OpenReadStream())
        {
            await content.ReadExactlyAsync(bytes, cancellationToken);
        }

        return (new OcrUpload(bytes, type, format), null);
    }

    public static bool TryParseFormat(string? value, out BoeFormat format)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "boe":
                format = BoeFormat.Boe;
                return true;
            case "boe_v2":
                format = BoeFormat.BoeV2;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string ToWireName(BoeFormat format) => format == BoeFormat.BoeV2 ? "boe_v2" : "boe";

    private static ApiError TooLarge(long maxBytes) =>
        ApiError.PayloadTooLarge($"The file is larger than {maxBytes / (1024.0 * 1024.0):0.#} MB, the most this server accepts.");
}
