using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Api.Auth;
using Sangam.Api.Connectors.DataGovIn;
using Sangam.Api.Hosting;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.Mca.Import;
using Sangam.Api.Mca.Registry;
using Sangam.Api.Mca.Search;
using Sangam.Api.Usage.Metering;
using Sangam.India.Companies;

namespace Sangam.Api.Mca;

/// <summary>
/// Vendor verification: the MCA company status of a CIN or LLPIN (contract §6), company name search, and the import
/// of the MCA company master data into the registry that answers them.
/// </summary>
public static class McaApi
{
    public static IHostApplicationBuilder AddMca(this IHostApplicationBuilder builder)
    {
        builder.AddDataGovIn();
        builder.Services.AddScoped<CompanyLookup>();
        builder.Services.AddScoped<CompanySearch>();
        builder.Services.AddOptions<CompanySearchOptions>().BindConfiguration(CompanySearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SearchAnswerCache>();
        builder.Services.AddScoped<RegistryImporter>();
        builder.Services.AddSingleton<RegistryImportGate>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMca(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v2/sbt/MCA/", LookupCompany)
            .RequireFamily(ApiFamily.Mca)
            .WithTags("Vendor verification")
            .WithName("mcaLookup")
            .WithSummary("MCA company status of a CIN or LLPIN")
            .WithDescription("Envelope A with envelope B's keys as well (\"success\": true and data carrying the same response, error, code and "
                + "message), so clients that read response[0] and clients that read data.response[0] both work. An unknown company is not an HTTP error: the inner item is "
                + "{\"error\": \"record_not_found\", \"error_description\": \"No record found\"} with responseStatus ERROR. "
                + "financialDetails amounts are left-padded numeric strings, as the contract documents.")
            .WithMcaExamples()
            .ProducesErrors(502, 504);

        app.MapGet("/api/v2/mca/search", SearchCompanies)
            .RequireFamily(ApiFamily.Mca)
            .WithTags("Vendor verification")
            .WithName("mcaSearch")
            .WithSummary("Companies by name, best match first")
            .WithParameters(
                new ApiParameter("name", "Part of a company name; the last word may be incomplete.", "sahyadri info") { Required = true },
                ApiParameter.WholeNumber("limit", "At most this many companies (default 20, at most 100).", 20))
            .WithJsonExamples(null, ("matches", McaOpenApiExamples.Search));

        app.MapPut("/api/v2/admin/mca/companies", ImportMasterData)
            .RequireAuthorization(AccountsApi.AdminPolicy)
            .RequireLogin()
            .WithTags("Administration")
            .WithName("adminImportMcaMasterData")
            .WithSummary("Import the MCA company master data CSV (streamed; both published header variants)")
            .WithDescription("Send the CSV as the request body (text/csv). Rows are upserted as they arrive: a newer file updates "
                + "changed companies and never duplicates them. Answers a summary of rows read, inserted, updated, unchanged and rejected.")
            .Accepts<string>("text/csv", "application/octet-stream")
            .WithJsonExamples(null, ("imported", McaOpenApiExamples.ImportSummary))
            .ProducesErrors(409, 415, 422);
        return app;
    }

    // The found envelope is listed last: the API description shows the last 200 type, and the description tells the other.
    public static async Task<Results<Ok<FlatAndWrappedLookupEnvelope<McaNotFound>>, Ok<FlatAndWrappedLookupEnvelope<McaCompanyPayload>>, ApiError>> LookupCompany(
        McaRequest? body, CompanyLookup lookup, HttpContext http, CancellationToken cancellationToken)
    {
        if (!CompanyIdentifier.TryParse(body?.Cin, out var identifier))
        {
            return ApiError.InvalidField("cin", CompanyIdentifier.Pattern, "e.g. " + CompanyIdentifier.Example);
        }

        var outcome = http.Outcome();
        var found = await lookup.FindAsync(identifier.Value, cancellationToken);
        if (found.Failure is { } failure)
        {
            outcome.RecordFailure(failure);
            return ApiError.ForUpstream(failure);
        }

        var result = found.Value;
        outcome.CacheHit = !result.AskedUpstream;
        outcome.Upstream = result.AskedUpstream ? UpstreamOutcomes.Answered(result.Company is not null) : null;
        return result.Company is null
            ? TypedResults.Ok(Lookup.FlatAndWrapped(McaNotFound.Instance, Lookup.Error))
            : TypedResults.Ok(Lookup.FlatAndWrapped(McaCompanyPayload.From(result.Company, result.Financials)));
    }

    public static async Task<Results<Ok<McaSearchResponse>, ApiError>> SearchCompanies(
        string? name,
        int? limit,
        CompanySearch search, CancellationToken cancellationToken)
    {
        var (words, prefix) = CompanySearch.Parse(name ?? "");
        if (words.Count == 0 && prefix is null)
        {
            return ApiError.BadRequest("name must contain a word of at least two letters or digits besides legal forms such as 'Private Limited'.");
        }

        if (limit is < 1 or > CompanySearch.MaxResults)
        {
            return ApiError.InvalidField("limit", $"a number from 1 to {CompanySearch.MaxResults}");
        }

        var hits = await search.SearchAsync(name!, limit ?? 20, cancellationToken);
        return TypedResults.Ok(new McaSearchResponse(hits.Count > 0 ? "Data Found" : "No Data Found", hits.Count, hits));
    }

    public static async Task<Results<Ok<ImportSummary>, ApiError>> ImportMasterData(
        HttpRequest request, RegistryImporter importer, RegistryImportGate gate, CancellationToken cancellationToken)
    {
        if (!gate.TryEnter())
        {
            return ApiError.Conflict("An import of the master data is already running on this server; retry when it is done.");
        }

        try
        {
            // The master data is millions of rows: this endpoint streams it, so the platform's body limit does not apply.
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = null;
            }

            var summary = await importer.ImportAsync(request.Body, progress: null, cancellationToken);
            return summary.Problem is { } problem ? ApiError.Unprocessable(problem) : TypedResults.Ok(summary);
        }
        finally
        {
            gate.Exit();
        }
    }
}
