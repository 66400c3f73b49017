using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.EInvoices;
using Sangam.Api.EInvoices.Import;
using Sangam.Api.EInvoices.Listing;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>The IRN list with the contract's filters, and the import of IRP responses with their verdicts.</summary>
public sealed class EInvoicesModel(SangamDb db, EInvoiceImporter importer, IOptions<EInvoiceOptions> options) : ConsolePage(ApiFamily.Irn)
{
    // Named, so that with no Filter.* field in a request the binder does not fall back to unprefixed values and take
    // Razor Pages' own route value "page" (the page's path) for Filter.Page.
    [BindProperty(SupportsGet = true, Name = nameof(Filter))]
    public IrnFilter Filter { get; set; } = new();

    public IrnListResponse? List { get; private set; }

    public IrnImportResponse? Imported { get; private set; }

    /// <summary>The filters as query parameters of the list API, for the export links.</summary>
    public string ExportQuery(string format) => QueryString.Create(new Dictionary<string, string?>
    {
        ["gstin"] = Filter.Gstin, ["year"] = Filter.Year, ["month"] = Filter.Month, ["irn_type"] = Filter.IrnType,
        ["ack_date_from"] = Filter.AckDateFrom, ["ack_date_to"] = Filter.AckDateTo, ["format"] = format,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Request.Query.Count == 0)
        {
            return;
        }

        var answer = EndpointAnswer.Read<IrnListResponse>((await EInvoicesApi.ListIrns(
            Filter.Gstin, Filter.Year, Filter.Month, Filter.IrnType, Filter.AckDateFrom, Filter.AckDateTo, Filter.Page, Filter.PageSize,
            Caller, db, Response, cancellationToken)).Result);
        (List, Error) = (answer.Value, answer.Error);
    }

    public async Task OnPostImportAsync(string? responses, CancellationToken cancellationToken)
    {
        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(responses ?? "");
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            Error = $"The IRP responses are not JSON: {e.Message}";
            return;
        }

        var answer = EndpointAnswer.Read<IrnImportResponse>((await EInvoicesApi.ImportIrns(body, Caller, importer, options, cancellationToken)).Result);
        (Imported, Error) = (answer.Value, answer.Error);
    }

    public sealed class IrnFilter
    {
        public string? Gstin { get; set; }

        public string? Year { get; set; }

        public string? Month { get; set; }

        public string? IrnType { get; set; } = "purchase";

        public string? AckDateFrom { get; set; }

        public string? AckDateTo { get; set; }

        public string? Page { get; set; }

        public string? PageSize { get; set; }
    }
}
