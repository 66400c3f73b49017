using System.ComponentModel;
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
using Sangam.Api.EInvoices.Import;
using Sangam.Api.EInvoices.Listing;
using Sangam.Api.EInvoices.Sandbox;
using Sangam.Api.Platform.EInvoicing;
using Sangam.Api.Platform.Errors;
using Sangam.Api.Platform.Hosting;
using Sangam.Api.Platform.Input;
using Sangam.Api.Platform.Metering;
using Sangam.India.EInvoicing;

namespace Sangam.Api.EInvoices;

/// <summary>
/// IRN list and detail over the account's e-invoice store (platform-api.md §7), and the import of IRP responses
/// into it. An e-invoice belongs to the account that imported it; lists and details are served for a GSTIN the
/// account owns, as seller (sales) or buyer (purchases).
/// </summary>
public static class EInvoicesApi
{
    public static IHostApplicationBuilder AddEInvoices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var isSandbox = (builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions()).IsSandbox;
        services.AddOptions<EInvoiceOptions>().BindConfiguration(EInvoiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EInvoiceOptions>, EInvoiceOptionsValidation>();
        services.AddNicKeyFolder<EInvoiceOptions>(options => options.KeyFolder);
        services.AddSingleton<EInvoiceVerifier>();
        services.AddScoped<EInvoiceImporter>();
        services.AddScoped<IrnDetailLookup>();
        services.AddIrpConnector();
        if (isSandbox)
        {
            services.AddSandboxEInvoices();
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapEInvoices(this IEndpointRouteBuilder app)
    {
        var irn = app.MapGroup("/api/v2/saas-apis/irn").WithTags("IRN (e-invoices)").RequireFamily(ApiFamily.Irn);
        irn.MapGet("/", ListIrns).WithName("listIrns")
            .WithSummary("E-invoices of a GSTIN by acknowledgement month: purchases (GSTIN is the buyer) or sales (the seller)")
            .WithDescription("Pages of up to 2000 items in acknowledgement order, each with the full e-invoice JSON under `data`. "
                + "`irnStatus` is ACT or CNL (then `cnldt` is set); empty values are \"\". Without matches: "
                + "`{\"message\": \"No Data Found\", \"count\": 0, \"data\": []}`.");
        irn.MapPost("/import", ImportIrns).WithName("importIrns").DescribeImportBody().AcceptsLongText()
            .WithSummary("Import NIC IRP responses (one or an array): signatures, IRN and QR code checked per item")
            .WithDescription("Each item is an IRP response as IRPs and GSPs return it (`AckNo`, `AckDt`, `Irn`, `SignedInvoice`, `SignedQRCode`, "
                + "`Status`, `EwbNo`, `EwbDt`, `EwbValidTill`), or a cancellation (`{\"Irn\", \"CancelDate\"}`). Verified and unknown-key "
                + "signatures are stored with their verdict; a bad signature, a wrong IRN or a QR code that contradicts the invoice is rejected. "
                + "Idempotent by IRN; a cancellation updates the status. The e-invoices belong to the importing account.");
        irn.MapGet("/{irn}", GetIrn).WithName("getIrn")
            .WithSummary("One e-invoice with its signed invoice, signed QR code, e-way bill and signature verdicts")
            .WithDescription("From the account's store; on a miss, from the IRP when one is configured for the GSTIN (then stored).")
            .ProducesErrors(StatusCodes.Status404NotFound, StatusCodes.Status502BadGateway, StatusCodes.Status504GatewayTimeout);
        return app;
    }

    public static async Task<Results<Ok<IrnListResponse>, ApiError>> ListIrns(
        [FromHeader(Name = GstinHeader.Name), Description("GSTIN of the caller's account whose e-invoices are listed.")] string? gstin,
        [Description("Year of acknowledgement, e.g. 2023.")] string? year,
        [Description("Month of acknowledgement, 1-12.")] string? month,
        [FromQuery(Name = "irn_type"), Description("purchase (the GSTIN is the buyer) or sales (the seller).")] string? irnType,
        [FromQuery(Name = "ack_date_from"), Description("First acknowledgement day, dd/mm/yyyy (optional).")] string? ackDateFrom,
        [FromQuery(Name = "ack_date_to"), Description("Last acknowledgement day, dd/mm/yyyy (optional).")] string? ackDateTo,
        [Description("Page, from 1.")] string? page,
        [FromQuery(Name = "page_size"), Description("Items per page, at most 2000 (the default).")] string? pageSize,
        Caller caller, SangamDb db, CancellationToken cancellationToken)
    {
        if (!GstinHeader.TryResolve(gstin, caller, out var owned, out var error)
            || !IrnListQuery.TryParse(year, month, irnType, ackDateFrom, ackDateTo, page, pageSize, out var query, out error))
        {
            return error;
        }

        var (from, until) = query.AcknowledgementWindow();
        var matches = db.EInvoices.AsNoTracking()
            .Where(e => e.AccountId == caller.AccountId && e.AcknowledgedAt >= from && e.AcknowledgedAt < until);
        matches = query.Type == IrnType.Sales ? matches.Where(e => e.SellerGstin == owned) : matches.Where(e => e.BuyerGstin == owned);
        var count = await matches.CountAsync(cancellationToken);
        if (count == 0)
        {
            return TypedResults.Ok(IrnListResponse.Empty);
        }

        var rows = await matches.OrderBy(e => e.AcknowledgedAt).ThenBy(e => e.Id)
            .Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PageSize)).Take(query.PageSize)
            .Select(IrnRow.Projection)
            .ToListAsync(cancellationToken);
        var totalPages = (count + query.PageSize - 1) / query.PageSize;
        return TypedResults.Ok(new IrnListResponse(
            rows.Count > 0 ? IrnListResponse.DataFound : IrnListResponse.NoDataFound,
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
        [Description("The IRN: 64 hexadecimal digits.")] string irn,
        [FromHeader(Name = GstinHeader.Name), Description("GSTIN of the caller's account: the e-invoice's seller or buyer.")] string? gstin,
        Caller caller, IrnDetailLookup lookup, HttpContext http, CancellationToken cancellationToken)
    {
        if (!GstinHeader.TryResolve(gstin, caller, out var owned, out var error))
        {
            return error;
        }

        if (!Irn.TryParse(irn, out var parsed))
        {
            return ApiError.InvalidField("irn", Irn.Pattern);
        }

        return await lookup.FindAsync(caller, owned, parsed.Value, http.Outcome(), cancellationToken) is { } detail
            ? TypedResults.Ok(detail)
            : ApiError.NotFound($"No e-invoice with IRN {parsed.Value} for GSTIN {owned}.");
    }
}
