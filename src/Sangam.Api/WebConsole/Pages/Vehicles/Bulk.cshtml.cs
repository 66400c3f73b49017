using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Vehicles.Bulk;

namespace Sangam.Api.WebConsole.Pages.Vehicles;

/// <summary>Readiness of a whole fleet from a CSV: the upload, the job's progress, its results and their download.</summary>
public sealed class BulkModel(SangamDb db, BulkReadinessSignal signal, TimeProvider time, IOptions<BulkReadinessOptions> options)
    : ConsolePage(ApiFamily.Vehicles)
{
    /// <summary>Seconds between reloads while the job runs.</summary>
    public const int RefreshSeconds = 2;

    [BindProperty(SupportsGet = true, Name = "job")]
    public string? JobId { get; set; }

    public BulkReadinessView? Job { get; private set; }

    public int MaxRows => options.Value.MaxRows;

    public bool Running => Job?.Status is BulkReadinessStatus.Queued or BulkReadinessStatus.Running;

    public string? ResultsUrl(string format) => Url.Page("/Vehicles/Bulk", "Results", new { job = Job?.JobId, format });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (JobId is not null)
        {
            var answer = EndpointAnswer.Read<BulkReadinessView>((await BulkReadinessApi.GetJob(JobId, Caller, db, time, cancellationToken)).Result);
            (Job, Error) = (answer.Value, answer.Error);
        }
    }

    /// <summary>Queues the file through the API's handler, then shows the job (post, redirect, get: a reload does not upload again).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<BulkReadinessAccepted>(
            (await BulkReadinessApi.Upload(Request, Caller, db, signal, time, options, cancellationToken)).Result);
        if (answer.Value is { } accepted)
        {
            return RedirectToPage(new { job = accepted.JobId });
        }

        Error = answer.Error;
        return Page();
    }

    /// <summary>The results' download, streamed by the same handler as the API's; its errors show on the page.</summary>
    public async Task<IActionResult> OnGetResultsAsync(string? format, CancellationToken cancellationToken)
    {
        var result = (await BulkReadinessApi.GetResults(JobId ?? "", format, Caller, db, time, cancellationToken)).Result;
        if (result is BulkReadinessDownload download)
        {
            await download.ExecuteAsync(HttpContext);
            return new EmptyResult();
        }

        Error = EndpointAnswer.Read<BulkReadinessView>(result).Error;
        return Page();
    }
}
