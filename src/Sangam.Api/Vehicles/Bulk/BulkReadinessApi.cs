using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Http.Downloads;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;
using Sangam.India;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>
/// Dispatch readiness of many vehicles from a CSV: the upload becomes a job in the database, checked in the
/// background by any node through the same readiness check and lookup cache as the single call.
/// </summary>
public static class BulkReadinessApi
{
    public const string Path = "/api/v2/pod/vehicle-readiness/bulk";

    public static string StatusPath(Guid jobId) => $"{Path}/{jobId}";

    public static string ResultsPath(Guid jobId) => $"{Path}/{jobId}/results";

    public static IServiceCollection AddBulkReadiness(this IServiceCollection services)
    {
        services.AddOptions<BulkReadinessOptions>().BindConfiguration(BulkReadinessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BulkReadinessSignal>();
        services.AddScoped<BulkReadinessStore>();
        services.TryAddSingleton<IBulkReadinessEvents, NoBulkReadinessEvents>();
        services.AddHostedService<BulkReadinessWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapBulkReadiness(this IEndpointRouteBuilder app)
    {
        var bulk = app.MapGroup(Path).WithTags("Vehicle and driver checks").RequireFamily(ApiFamily.Vehicles);
        bulk.MapPost("", Upload).WithName("vehicleReadinessBulk")
            .WithSummary("Check many vehicles (and drivers) from a CSV; poll GET .../bulk/{job_id}")
            .WithDescription(BulkReadinessOpenApi.UploadDescription)
            .DescribeBulkUpload()
            .WithJsonExamples(null, ("queued", BulkReadinessOpenApi.Accepted))
            .ProducesErrors(StatusCodes.Status415UnsupportedMediaType);
        bulk.MapGet("/{job_id}", GetJob).WithName("vehicleReadinessBulkJob")
            .WithParameters(BulkReadinessOpenApi.JobIdParameter)
            .WithSummary("A bulk readiness job: status, rows done of total, counts, and each finished row's verdict, blockers and warnings")
            .WithDescription(BulkReadinessOpenApi.JobDescription)
            .WithJsonExamples(null, ("running", BulkReadinessOpenApi.Running), ("completed", BulkReadinessOpenApi.Completed))
            .ProducesErrors(StatusCodes.Status404NotFound);
        bulk.MapGet("/{job_id}/results", GetResults).WithName("vehicleReadinessBulkResults")
            .WithParameters(BulkReadinessOpenApi.JobIdParameter, BulkReadinessOpenApi.FormatParameter)
            .WithSummary("A bulk readiness job's results as a CSV or XLSX file")
            .WithDescription("One row per row of the upload, in its order: " + string.Join(", ", BulkReadinessDownload.Columns)
                + $". Several blockers or warnings share a cell, separated by \"{BulkReadinessDownload.Separator}\". Rows not yet checked are left out, "
                + "so a running job downloads what is done so far. CSV is RFC 4180 in UTF-8; XLSX keeps the line as a number and the time as a date.")
            .Produces(StatusCodes.Status200OK, contentType: DownloadFormats.CsvContentType)
            .WithDownloads(DownloadFormats.CsvContentType, DownloadFormats.XlsxContentType)
            .ProducesErrors(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Accepted<BulkReadinessAccepted>, ApiError>> Upload(
        HttpRequest request, Caller caller, SangamDb db, BulkReadinessSignal signal, TimeProvider time, IOptions<BulkReadinessOptions> options,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (rows, invalid) = await BulkReadinessUpload.ReadAsync(request, options.Value.MaxRows, Ist.Today(now), cancellationToken);
        if (rows is null)
        {
            return invalid!;
        }

        var invalidRows = rows.Count(r => r.State == BulkRowState.Invalid);
        var job = new BulkReadinessJob
        {
            Id = Guid.CreateVersion7(now),
            AccountId = caller.AccountId,
            UserId = caller.UserId,
            ApiKeyId = caller.ApiKey?.Id,
            Status = BulkReadinessStatus.Queued,
            RowsTotal = rows.Count,
            RowsDone = invalidRows,
            CreatedAt = now,
            Rows = rows,
        };
        db.BulkReadinessJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        signal.JobQueued();
        var status = StatusPath(job.Id);
        return TypedResults.Accepted(status, new BulkReadinessAccepted(job.Id, BulkReadinessStatus.Queued, rows.Count, invalidRows, status));
    }

    public static async Task<Results<Ok<BulkReadinessView>, ApiError>> GetJob(
        [FromRoute(Name = "job_id")] string jobId, Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var job = await FindAsync(jobId, caller, db, time, cancellationToken);
        return job is null ? JobNotFound : TypedResults.Ok(await BulkReadinessView.OfAsync(db, job, cancellationToken));
    }

    public static async Task<Results<BulkReadinessDownload, ApiError>> GetResults(
        [FromRoute(Name = "job_id")] string jobId, string? format, Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!DownloadFormats.TryParse(format, "for CSV", out var download, out var error))
        {
            return error;
        }

        var job = await FindAsync(jobId, caller, db, time, cancellationToken);
        return job is null ? JobNotFound : new BulkReadinessDownload(BulkReadinessRowResult.Of(db, job.Id), download ?? DownloadFormat.Csv, job.Id);
    }

    // Parsed here rather than by a route constraint, so that entitlement is checked before the id is looked at.
    private static async Task<BulkReadinessJob?> FindAsync(string jobId, Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken) =>
        Guid.TryParse(jobId, out var id) ? await BulkReadinessView.FindJobAsync(db, caller.AccountId, id, time.GetUtcNow(), cancellationToken) : null;

    private static ApiError JobNotFound => ApiError.NotFound("No bulk readiness job with this id for your account (finished jobs are deleted after their retention).");
}
