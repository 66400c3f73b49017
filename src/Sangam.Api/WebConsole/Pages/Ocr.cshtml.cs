using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Ocr;
using Sangam.Api.Ocr.Wire;
using Sangam.Ocr;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>
/// The OCR playground: a document read as the upload endpoint reads it (same checks, same limits, the first
/// <see cref="DocumentReader.SynchronousPageLimit"/> pages), shown page by page with a box around every field it
/// located, its accuracy and source, the line items and the QR verdicts.
/// </summary>
public sealed class OcrModel(UploadReader reader, IOptions<InvoiceOcrOptions> options) : ConsolePage(ApiFamily.Ocr)
{
    public PagedOcrResponse? Reading { get; private set; }

    /// <summary>Every located field, with the name it is shown under ("Invoice 2 · invoice_number").</summary>
    public IReadOnlyList<(string Name, OcrField Field)> Located { get; private set; } = [];

    /// <summary>Every field of the reading by group ("Invoice 1", "Header"), located or not.</summary>
    public IReadOnlyList<(string Group, IReadOnlyDictionary<string, OcrField> Fields)> Groups { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var (upload, invalid) = await OcrUpload.ReadAsync(Request, options.Value.MaxUploadBytes, cancellationToken);
        if (upload is null)
        {
            Error = invalid!.Message;
            return;
        }

        var read = await reader.ReadWithPagesAsync(upload, DocumentReader.SynchronousPageLimit, pagesRead: null, cancellationToken);
        if (!read.Succeeded)
        {
            Error = UploadReader.ToApiError(read.Error!).Message;
            return;
        }

        Reading = read.Value!;
        Groups = GroupsOf(Reading.Response.Data);
        Located = [.. Groups.SelectMany(group => group.Fields.Where(field => field.Value.Location is not null).Select(field => ($"{group.Group} · {field.Key}", field.Value)))];
    }

    /// <summary>Green from 90, amber from 70, red below: the accuracy a user should check by eye.</summary>
    public static string Confidence(double accuracy) => accuracy >= 90 ? "good" : accuracy >= 70 ? "fair" : "poor";

    private static List<(string, IReadOnlyDictionary<string, OcrField>)> GroupsOf(OcrData data)
    {
        var groups = new List<(string, IReadOnlyDictionary<string, OcrField>)>();
        var invoices = data.Invoices ?? [];
        groups.AddRange(invoices.Select((invoice, index) => ($"Invoice {index + 1}", invoice.FieldData)));
        groups.AddRange((data.DeliveryOrders ?? []).Select((order, index) => ($"Delivery order {index + 1}", order.FieldData)));
        if (data.BillOfEntry is { } boe)
        {
            groups.Add(("Bill of entry", boe.Header));
        }

        return groups;
    }
}
