using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.Ocr;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Ocr;

/// <summary><c>sangam ocr FILE --type ...</c>: reads a document and prints its fields with their accuracy.</summary>
public sealed class OcrCommand : ApiCommand<OcrCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The PDF, JPEG, PNG, WebP or TIFF to read.")]
        public string File { get; init; } = string.Empty;

        [CommandOption("-t|--type <TYPE>")]
        [Description("invoice, qr_code, delivery_order or boe.")]
        public string Type { get; init; } = "invoice";

        [CommandOption("--format <FORMAT>")]
        [Description("Bills of entry: boe (flat, default) or boe_v2 (header, invoices, items).")]
        public string? Format { get; init; }

        [CommandOption("--async")]
        [Description("Read every page as a job and show its progress (the synchronous call reads the first 5 pages).")]
        public bool Async { get; init; }

        internal OcrDocumentType DocumentType => OcrDocumentTypes.TryParse(Type, out var type) ? type : default;

        internal BoeFormat? BoeFormat => Format?.Trim().ToLowerInvariant() switch
        {
            "boe_v2" => Client.Ocr.BoeFormat.BoeV2,
            "boe" => Client.Ocr.BoeFormat.Boe,
            _ => null,
        };

        public override ValidationResult Validate() =>
            !System.IO.File.Exists(File) ? ValidationResult.Error($"No such file: {File}")
            : !OcrDocumentTypes.TryParse(Type, out _) ? ValidationResult.Error("--type must be invoice, qr_code, delivery_order or boe")
            : Format is not null && BoeFormat is null ? ValidationResult.Error("--format must be boe or boe_v2")
            : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var file = await File.ReadAllBytesAsync(settings.File, cancellationToken);
        if (!settings.Async)
        {
            var result = await client.Ocr.ReadAsync(file, settings.DocumentType, settings.BoeFormat, cancellationToken);
            return Print(result, settings.Json);
        }

        var accepted = await client.Ocr.StartJobAsync(file, settings.DocumentType, settings.BoeFormat, cancellationToken);
        var job = settings.Json
            ? await client.Ocr.WaitForJobAsync(accepted.JobId, cancellationToken: cancellationToken)
            : await WaitWithProgressAsync(client, accepted, cancellationToken);
        if (job.Result is { } reading)
        {
            return Print(reading, settings.Json);
        }

        if (settings.Json)
        {
            Output.Json(job);
        }
        else
        {
            Output.Error($"Job {job.JobId} failed: {job.Error?.Message ?? "no reason given"}");
        }

        return job.Error is { } error ? ExitCodes.ForStatus((System.Net.HttpStatusCode)error.Status) : ExitCodes.ServerError;
    }

    private static Task<OcrJob> WaitWithProgressAsync(SangamClient client, OcrJobAccepted accepted, CancellationToken cancellationToken) =>
        AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask($"Job {accepted.JobId:D}: queued", maxValue: Math.Max(1, accepted.PagesTotal));
            var progress = new Progress<OcrJob>(job =>
            {
                task.Description = $"Job {job.JobId:D}: {job.Status.ToString().ToLowerInvariant()}, page {job.Progress.PagesDone} of {job.Progress.PagesTotal}";
                task.Value = job.Progress.PagesDone;
            });
            return await client.Ocr.WaitForJobAsync(accepted.JobId, progress, cancellationToken: cancellationToken);
        });

    // A QR code reading that found none is "not found"; every other reading found its document.
    private static int Print(OcrResult result, bool json)
    {
        if (json)
        {
            Output.Json(result);
        }
        else
        {
            OcrOutput.Print(result.Data);
        }

        return result.Data.QrCodes is { Count: 0 } ? ExitCodes.NotFound : ExitCodes.Ok;
    }
}
