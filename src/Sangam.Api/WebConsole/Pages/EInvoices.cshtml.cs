using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.EInvoices;
using Sangam.Api.EInvoices.Export;
using Sangam.Api.EInvoices.Import;
using Sangam.Api.EInvoices.Listing;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>The IRN list with the contract's filters, and the import of IRP responses with their verdicts.</summary>
public sealed class EInvoicesModel(SangamDb db, EInvoiceImporter importer, IOptions<EInvoiceOptions> options) : ConsolePage(ApiFamily.EInvoices)
{
    // Named, so that with no Filter.* field in a request the binder does not fall back to unprefixed values and take
    // Razor Pages' own route value "page" (the page's path) for Filter.Page.
    [BindProperty(SupportsGet = true, Name = nameof(Filter))]
    public IrnFilter Filter { get; set; } = new();

    public IrnListResponse? List { get; private set; }

    public IrnImportResponse? Imported { get; private set; }

    /// <summary>The export handler with the filters of the list shown, for the download links (every page).</summary>
    public string? ExportUrl(string format) => Url.Page("/EInvoices", "Export", new Dictionary<string, string?>
    {
        ["Filter.Gstin"] = Filter.Gstin, ["Filter.Year"] = Filter.Year, ["Filter.Month"] = Filter.Month, ["Filter.IrnType"] = Filter.IrnType,
        ["Filter.AckDateFrom"] = Filter.AckDateFrom, ["Filter.AckDateTo"] = Filter.AckDateTo, ["format"] = format,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Request.Query.Count == 0)
        {
            return;
        }

        var answer = EndpointAnswer.Read<IrnListResponse>((await EInvoicesApi.ListIrns(
            Filter.Gstin, Filter.Year, Filter.Month, Filter.IrnType, Filter.AckDateFrom, Filter.AckDateTo, Filter.Page, Filter.PageSize, null,
            Caller, db, Response, cancellationToken)).Result);
        (List, Error) = (answer.Value, answer.Error);
    }

    /// <summary>The list's download, streamed by the same handler as the API's <c>format=csv|xlsx</c>; its errors show on the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var result = (await EInvoicesApi.ListIrns(
            Filter.Gstin, Filter.Year, Filter.Month, Filter.IrnType, Filter.AckDateFrom, Filter.AckDateTo, null, null, format,
            Caller, db, Response, cancellationToken)).Result;
        if (result is IrnExport download)
        {
            await download.ExecuteAsync(HttpContext);
            return new EmptyResult();
        }

        var answer = EndpointAnswer.Read<IrnListResponse>(result);
        (List, Error) = (answer.Value, answer.Error);
        return Page();
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
