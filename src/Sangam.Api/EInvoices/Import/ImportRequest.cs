using System.Text.Json;
using Sangam.Api.Connectors.Irp;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.EInvoices.Import;

/// <summary>One element of an import body: an IRP response, or why it could not be read as one.</summary>
internal sealed record ImportItem(IrpInvoiceResponse? Response, string? Problem);

/// <summary>
/// Reads an import body: one IRP response object or an array of them. Each element is read on its own, so a malformed
/// one is reported in its place and the others are still imported.
/// </summary>
internal static class ImportRequest
{
    public static bool TryRead(JsonElement body, int maxItems, out IReadOnlyList<ImportItem> items, out ApiError? error)
    {
        items = [];
        error = null;
        switch (body.ValueKind)
        {
            case JsonValueKind.Object:
                items = [ReadItem(body)];
                return true;
            case JsonValueKind.Array when body.GetArrayLength() == 0:
                error = ApiError.BadRequest("The body is an empty array; send one IRP response or an array of them.");
                return false;
            case JsonValueKind.Array when body.GetArrayLength() > maxItems:
                error = ApiError.BadRequest($"At most {maxItems} e-invoices per request; this one has {body.GetArrayLength()}. Split the batch.");
                return false;
            case JsonValueKind.Array:
                items = [.. body.EnumerateArray().Select(ReadItem)];
                return true;
            default:
                error = ApiError.BadRequest("The body must be an IRP response (AckNo, AckDt, Irn, SignedInvoice, SignedQRCode, Status, ...) or an array of them.");
                return false;
        }
    }

    private static ImportItem ReadItem(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ImportItem(null, $"the item is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an IRP response object");
        }

        try
        {
            return new ImportItem(element.Deserialize<IrpInvoiceResponse>(IrpJson.Options), null);
        }
        catch (JsonException e)
        {
            return new ImportItem(null, $"the item is not an IRP response: {e.Message}");
        }
    }
}
