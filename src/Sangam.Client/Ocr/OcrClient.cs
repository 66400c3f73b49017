using System.Net.Http.Headers;
using Sangam.Client.Http;

namespace Sangam.Client.Ocr;

/// <summary>
/// Invoice OCR: tax invoices, e-invoice QR codes, delivery orders and bills of entry read from a PDF or image
/// (<c>POST /api/v2/ocr/upload</c>, first 5 pages), and asynchronous jobs for whole documents.
/// </summary>
public sealed class OcrClient
{
    private const string UploadPath = "api/v2/ocr/upload";
    private const string JobsPath = "api/v2/ocr/jobs/";

    private readonly SangamConnection _connection;

    internal OcrClient(SangamConnection connection) => _connection = connection;

    /// <summary>Reads the first 5 pages of <paramref name="file"/> (PDF, JPEG, PNG, WebP or TIFF) as <paramref name="type"/>.</summary>
    /// <param name="file">The document's bytes; the server detects the type from them.</param>
    /// <param name="type">What the document is; an invoice unless told otherwise.</param>
    /// <param name="format">Bills of entry only: flat (<see cref="BoeFormat.Boe"/>, the default) or part-wise.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<OcrResult> ReadAsync(byte[] file, OcrDocumentType type = OcrDocumentType.Invoice, BoeFormat? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return _connection.SendAsync<OcrResult>(HttpMethod.Post, UploadPath, Form(file, type, format), cancellationToken);
    }

    /// <summary>Queues the whole document for reading; poll it with <see cref="GetJobAsync"/> or <see cref="WaitForJobAsync"/>.</summary>
    /// <param name="file">The document's bytes.</param>
    /// <param name="type">What the document is.</param>
    /// <param name="format">Bills of entry only: flat or part-wise.</param>
    /// <param name="cancellationToken">Cancels the request (a retried request queues the document once).</param>
    public Task<OcrJobAccepted> StartJobAsync(byte[] file, OcrDocumentType type, BoeFormat? format = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return _connection.SendAsync<OcrJobAccepted>(HttpMethod.Post, "api/v2/ocr/async", Form(file, type, format), cancellationToken);
    }

    /// <summary>The job's status, progress and, once it has succeeded, its result.</summary>
    public Task<OcrJob> GetJobAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        _connection.SendAsync<OcrJob>(HttpMethod.Get, JobsPath + jobId.ToString("D"), null, cancellationToken);

    /// <summary>Polls the job until it has succeeded or failed, telling <paramref name="progress"/> each state seen.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="progress">Told every polled state (for a progress display).</param>
    /// <param name="pollInterval">Time between polls; one second by default.</param>
    /// <param name="cancellationToken">Stops waiting (the job goes on).</param>
    public async Task<OcrJob> WaitForJobAsync(Guid jobId, IProgress<OcrJob>? progress = null, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var job = await GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
            progress?.Report(job);
            if (job.IsFinished)
            {
                return job;
            }

            await Task.Delay(pollInterval ?? TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }
    }

    // A factory: the connection builds the content again for each attempt.
    private static Func<HttpContent> Form(byte[] file, OcrDocumentType type, BoeFormat? format) => () =>
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file_url", "document");
        form.Add(new StringContent(type.ToWireName()), "document_type");
        if (format is { } boe)
        {
            form.Add(new StringContent(boe == BoeFormat.BoeV2 ? "boe_v2" : "boe"), "format");
        }

        return form;
    };
}
