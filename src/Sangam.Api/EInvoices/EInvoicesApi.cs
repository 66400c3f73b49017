using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Connectors.Irp;
using Sangam.Api.Data;
using Sangam.Api.EInvoices.Detail;
using Sangam.Api.EInvoices.Export;
using Sangam.Api.EInvoices.Import;
using Sangam.Api.EInvoices.Listing;
using Sangam.Api.Hosting;
using Sangam.Api.Http.Downloads;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.Input;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.Usage.Metering;
using Sangam.India.EInvoicing;

namespace Sangam.Api.EInvoices;

/// <summary>
/// IRN list and detail over the account's e-invoice store (platform-api.md §7), and the import of IRP responses
/// into it. An e-invoice belongs to the account that imported it; lists and details are served for a GSTIN the
/// account owns, as seller (sales) or buyer (purchases).
/// </summary>
public static class EInvoicesApi
{
    /// <summary>Tells a client that asked for more than 2000 items a page that it got 2000.</summary>
    public const string PageSizeClampedHeader = "X-Page-Size-Clamped";

    public static IHostApplicationBuilder AddEInvoices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EInvoiceOptions>().BindConfiguration(EInvoiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EInvoiceOptions>, EInvoiceOptionsValidation>();
        services.AddNicKeyFolder<EInvoiceOptions>(options => options.KeyFolder);
        services.AddSingleton<EInvoiceVerifier>();
        services.AddScoped<EInvoiceImporter>();
        services.AddScoped<IrnDetailLookup>();
        services.AddIrpConnector();

        return builder;
    }

    public static IEndpointRouteBuilder MapEInvoices(this IEndpointRouteBuilder app)
    {
        var irn = app.MapGroup("/api/v2/saas-apis/irn").WithTags("IRN (e-invoices)").RequireFamily(ApiFamily.EInvoices);
        irn.MapGet("/", ListIrns).WithName("listIrns")
            .WithSummary("E-invoices of a GSTIN by acknowledgement month or days: purchases (GSTIN is the buyer) or sales (the seller)")
            .WithDescription("Pages of up to 2000 items in acknowledgement order, each with the full e-invoice JSON under `data`. "
                + "Give `year` and `month`, optionally narrowed by `ack_date_from`/`ack_date_to`, or only the two days (at most 366 days apart). "
                + "Days may be written dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy or yyyy-mm-dd, leading zeros optional; `month` as 8 or 08. "
                + "`irnStatus` is ACT or CNL (then `cnldt` is set); empty values are \"\". A page past the end is an empty page; "
                + "a `page_size` above 2000 is served as 2000 with the header `" + PageSizeClampedHeader + ": 2000`. Without matches: "
                + "`{\"message\": \"No Data Found\", \"success\": true, \"count\": 0, \"data\": []}`. "
                + "With `format=csv` or `format=xlsx` the whole list (every page; `page` and `page_size` do not apply) is downloaded as an "
                + "attachment, one row per e-invoice: " + string.Join(", ", IrnExportRow.Headings) + ". CSV is RFC 4180 in UTF-8 with "
                + "dd/mm/yyyy dates and amounts with two decimals; in XLSX amounts are numbers and dates are dates. Taxes come from the "
                + "invoice's `ValDtls` (cess is `CesVal`); the ack date is the IST day of acknowledgement.")
            .WithParameters(IrnOpenApi.ListParameters)
            .WithJsonExamples(null, ("data found", IrnOpenApi.List), ("no data", IrnOpenApi.NoData))
            .WithDownloads(DownloadFormats.CsvContentType, DownloadFormats.XlsxContentType);
        irn.MapPost("/import", ImportIrns).WithName("importIrns").DescribeImportBody().AcceptsLongText()
            .WithJsonExamples(IrnOpenApi.ImportRequest, ("imported", IrnOpenApi.ImportResult))
            .WithSummary("Import NIC IRP responses (one or an array): signatures, IRN and QR code checked per item")
            .WithDescription("Each item is an IRP response as IRPs and GSPs return it (`AckNo`, `AckDt`, `Irn`, `SignedInvoice`, `SignedQRCode`, "
                + "`Status`, `EwbNo`, `EwbDt`, `EwbValidTill`), or a cancellation (`{\"Irn\", \"CancelDate\"}`). Verified and unknown-key "
                + "signatures are stored with their verdict; a bad signature, a wrong IRN or a QR code that contradicts the invoice is rejected. "
                + "Idempotent by IRN; a cancellation updates the status. The e-invoices belong to the importing account.");
        irn.MapGet("/{irn}", GetIrn).WithName("getIrn")
            .WithSummary("One e-invoice with its signed invoice, signed QR code, e-way bill and signature verdicts")
            .WithDescription("From the account's store; on a miss, from the IRP when one is configured for the GSTIN (then stored). NIC gives an "
                + "IRN only to its supplier and only for about two days after it was generated; its refusal (2148, 2143, 2283) is a 404 quoting it.")
            .WithParameters(IrnOpenApi.DetailParameters)
            .WithJsonExamples(null, ("found", IrnOpenApi.Detail))
            .ProducesErrors(StatusCodes.Status404NotFound, StatusCodes.Status502BadGateway, StatusCodes.Status504GatewayTimeout);
        return app;
    }

    public static async Task<Results<Ok<IrnListResponse>, IrnExport, ApiError>> ListIrns(
        [FromHeader(Name = GstinHeader.Name)] string? gstin,
        string? year,
        string? month,
        [FromQuery(Name = "irn_type")] string? irnType,
        [FromQuery(Name = "ack_date_from")] string? ackDateFrom,
        [FromQuery(Name = "ack_date_to")] string? ackDateTo,
        string? page,
        [FromQuery(Name = "page_size")] string? pageSize,
        string? format,
        Caller caller, SangamDb db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!GstinHeader.TryResolve(gstin, caller, out var owned, out var error)
            || !IrnListQuery.TryParse(year, month, irnType, ackDateFrom, ackDateTo, page, pageSize, out var query, out error)
            || !DownloadFormats.TryParse(format, "for the JSON list", out var exportFormat, out error))
        {
            return error;
        }

        var (from, until) = query.AcknowledgementWindow();
        var matches = db.EInvoices.AsNoTracking()
            .Where(e => e.AccountId == caller.AccountId && e.AcknowledgedAt >= from && e.AcknowledgedAt < until);
        matches = query.Type == IrnType.Sales ? matches.Where(e => e.SellerGstin == owned) : matches.Where(e => e.BuyerGstin == owned);
        var ordered = matches.OrderBy(e => e.AcknowledgedAt).ThenBy(e => e.Id);
        if (exportFormat is { } download)
        {
            // Every page at once, streamed: page and page_size were validated like the list's but do not apply.
            return new IrnExport(ordered.Select(IrnRow.Projection).AsAsyncEnumerable(), download, IrnExport.FileNameOf(owned, query, download));
        }

        if (query.PageSizeClamped)
        {
            response.Headers[PageSizeClampedHeader] = IrnListQuery.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var count = await matches.CountAsync(cancellationToken);
        if (count == 0)
        {
            return TypedResults.Ok(IrnListResponse.Empty);
        }

        var rows = await ordered
            .Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PageSize)).Take(query.PageSize)
            .Select(IrnRow.Projection)
            .ToListAsync(cancellationToken);
        var totalPages = (count + query.PageSize - 1) / query.PageSize;
        return TypedResults.Ok(new IrnListResponse(
            rows.Count > 0 ? IrnListResponse.DataFound : IrnListResponse.NoDataFound,
            true,
            count, totalPages, query.PageSize, query.Page, rows.Count, [.. rows.Select(IrnListItem.From)]));
    }

    public static async Task<Results<Ok<IrnImportResponse>, ApiError>> ImportIrns(
        JsonElement body, Caller caller, EInvoiceImporter importer, IOptions<EInvoiceOptions> options, CancellationToken cancellationToken)
    {
        if (!ImportRequest.TryRead(body, options.Value.MaxImportItems, out var items, out var error))
        {
            return error!;
        }

        return TypedResults.Ok(await importer.ImportAsync(caller.AccountId, caller.Account.Gstins, items, cancellationToken));
    }

    public static async Task<Results<Ok<IrnDetail>, ApiError>> GetIrn(
        string irn,
        [FromHeader(Name = GstinHeader.Name)] string? gstin,
        Caller caller, IrnDetailLookup lookup, HttpContext http, CancellationToken cancellationToken)
    {
        if (!GstinHeader.TryResolve(gstin, caller, out var owned, out var error))
        {
            return error;
        }

        if (!Irn.TryParse(irn, out var parsed))
        {
            return ApiError.InvalidField("irn", Irn.Pattern, "64 hexadecimal digits, e.g. " + Irn.Example);
        }

        var found = await lookup.FindAsync(caller, owned, parsed.Value, http.Outcome(), cancellationToken);
        if (found.Failure is { } failure)
        {
            return ApiError.ForUpstream(failure);
        }

        return found.Value switch
        {
            { Detail: { } detail } => TypedResults.Ok(detail),
            { Unavailable: { } why } => ApiError.NotFound($"No e-invoice with IRN {parsed.Value} for GSTIN {owned}: the IRP answered {why}."),
            _ => ApiError.NotFound($"No e-invoice with IRN {parsed.Value} for GSTIN {owned}."),
        };
    }
}
