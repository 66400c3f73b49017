using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Hosting;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;
using Sangam.Api.Ocr.Jobs;
using Sangam.Api.Ocr.Wire;
using Sangam.Ocr;
using Sangam.Ocr.Documents;
using Sangam.Ocr.Recognition;

namespace Sangam.Api.Ocr;

/// <summary>
/// Invoice OCR (platform-api.md §5): tax invoices, e-invoice QR codes, delivery orders and bills of entry read from an
/// uploaded PDF or image. The first five pages synchronously; whole documents as durable jobs any node can work on.
/// </summary>
public static class OcrApi
{
    public static IHostApplicationBuilder AddOcr(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InvoiceOcrOptions>().BindConfiguration(InvoiceOcrOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InvoiceOcrOptions>, InvoiceOcrOptionsValidation>();
        builder.Services.AddNicKeyFolder<InvoiceOcrOptions>(options => options.ExtraKeysDirectory);
        builder.Services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<InvoiceOcrOptions>>().Value;
            return new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { MaxEngines = options.Engines, LineModel = options.LineModel, PhotosByNetwork = options.PhotosByNetwork } });
        });
        builder.Services.AddSingleton<UploadReader>();
        builder.Services.AddSingleton<OcrJobSignal>();
        builder.Services.AddScoped<OcrJobStore>();
        builder.Services.AddHostedService<OcrJobWorker>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOcr(this IEndpointRouteBuilder app)
    {
        var ocr = app.MapGroup("/api/v2/ocr").WithTags("Invoice OCR").RequireFamily(ApiFamily.Ocr);
        ocr.MapPost("/upload", Upload).WithName("ocrUpload")
            .WithSummary("Read a tax invoice, e-invoice QR codes, a delivery order or a bill of entry from a PDF or image (first 5 pages)")
            .WithDescription("multipart/form-data: `file_url` is the file itself (PDF, JPEG or PNG, also WebP and TIFF; the type is detected from the bytes, never from the name), "
                + "`document_type` is invoice (the default when it is left out), qr_code, delivery_order or BOE (any case), `format` (BOE only) is boe (flat, documented) or boe_v2 (part-wise). "
                + "Every extracted field is `{\"value\": ..., \"accuracy\": 0-100}`; accuracy is low when a value was guessed or failed its check "
                + "(GSTIN check character, container check digit, totals that do not add up) and 99.5 when a verified signed e-invoice QR confirms it. "
                + "Longer documents: POST /api/v2/ocr/async.")
            .DescribeUploadForm()
            .WithJsonExamples(null, OcrExamples.Upload)
            .ProducesErrors(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        ocr.MapPost("/async", StartJob).WithName("ocrStartJob")
            .WithSummary("Queue a whole document for reading; poll GET /api/v2/ocr/jobs/{job_id}")
            .WithDescription("The same form as /upload. The file is checked (type, damage, encryption, size) before the job is queued, with the same errors. "
                + "Jobs are kept in the database and read by background workers on any node; send an Idempotency-Key to queue a document once.")
            .DescribeUploadForm()
            .WithJsonExamples(null, ("queued", OcrExamples.Queued))
            .ProducesErrors(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);
        ocr.MapGet("/jobs/{job_id}", GetJob).WithName("ocrGetJob")
            .WithParameters(ApiParameter.Path("job_id", "The job id /async answered.", "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f"))
            .WithSummary("An asynchronous OCR job: status (queued, running, succeeded, failed), pages done of total, and the result when done")
            .WithDescription("`result` is the body /upload would have answered, for every page. A document that cannot be read ends `failed` with "
                + "`error.status` (415/422) and `error.message`. Finished jobs are deleted after the configured retention; "
                + "another account's job is 404.")
            .WithJsonExamples(null, OcrExamples.Job)
            .ProducesErrors(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<OcrResponse>, ApiError>> Upload(
        HttpRequest request, UploadReader reader, IOptions<InvoiceOcrOptions> options, CancellationToken cancellationToken)
    {
        var (upload, invalid) = await OcrUpload.ReadAsync(request, options.Value.MaxUploadBytes, cancellationToken);
        if (upload is null)
        {
            return invalid!;
        }

        var read = await reader.ReadAsync(upload, DocumentReader.SynchronousPageLimit, pagesRead: null, cancellationToken);
        return read.Succeeded ? TypedResults.Ok(read.Value!) : UploadReader.ToApiError(read.Error!);
    }

    public static async Task<Results<Accepted<OcrJobAccepted>, ApiError>> StartJob(
        HttpRequest request, Caller caller, SangamDb db, UploadReader reader, OcrJobSignal signal, TimeProvider time,
        IOptions<InvoiceOcrOptions> options, CancellationToken cancellationToken)
    {
        var (upload, invalid) = await OcrUpload.ReadAsync(request, options.Value.MaxUploadBytes, cancellationToken);
        if (upload is null)
        {
            return invalid!;
        }

        var pages = reader.CountPages(upload);
        if (!pages.Succeeded)
        {
            return UploadReader.ToApiError(pages.Error!);
        }

        var job = new OcrJob
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            AccountId = caller.AccountId,
            DocumentType = upload.Type.ToWireName(),
            Format = upload.Type == DocumentType.BillOfEntry ? OcrUpload.ToWireName(upload.Format) : null,
            Status = OcrJobStatus.Queued,
            Upload = upload.File,
            PageCount = Math.Min(pages.Value, options.Value.MaxJobPages),
            CreatedAt = time.GetUtcNow(),
        };
        db.OcrJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        signal.JobQueued();
        return TypedResults.Accepted($"/api/v2/ocr/jobs/{job.Id}", new OcrJobAccepted(job.Id, OcrJobStatus.Queued, job.PageCount));
    }

    public static async Task<Results<Ok<OcrJobView>, ApiError>> GetJob(
        [Microsoft.AspNetCore.Mvc.FromRoute(Name = "job_id")] string jobId, Caller caller, SangamDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        // Parsed here rather than by a route constraint, so that entitlement is checked before the id is looked at.
        var job = Guid.TryParse(jobId, out var id) ? await OcrJobView.FindAsync(db, caller.AccountId, id, time.GetUtcNow(), cancellationToken) : null;
        return job is null ? ApiError.NotFound("No OCR job with this id for your account (finished jobs are deleted after their retention).") : TypedResults.Ok(job);
    }
}
