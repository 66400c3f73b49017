using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;

namespace Sangam.Api.Ocr;

/// <summary>Configuration section <c>InvoiceOcr</c>.</summary>
public sealed class InvoiceOcrOptions
{
    public const string Section = "InvoiceOcr";

    /// <summary>Largest file accepted (default 20 MB). Bigger uploads get 413. Must leave room for the multipart framing under the server's body limit.</summary>
    [Range(1, 24 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Tesseract engines shared by synchronous uploads and job workers (each holds ~40 MB); defaults to the processor count.</summary>
    [Range(1, 64)]
    public int Engines { get; set; } = Environment.ProcessorCount;

    /// <summary>A folder of extra NIC public keys (<c>&lt;KID&gt;.pem</c>) for verifying e-invoice QR codes; NIC's published keys are built in.</summary>
    public string? ExtraKeysDirectory { get; set; }

    /// <summary>Pages an asynchronous job reads at most.</summary>
    [Range(1, 10_000)]
    public int MaxJobPages { get; set; } = 500;

    /// <summary>Jobs this node works on at once; 0 makes a node that only accepts jobs (another node reads them).</summary>
    [Range(0, 64)]
    public int JobWorkers { get; set; } = 1;

    /// <summary>How long a claimed job stays with its node without a heartbeat; after that any node may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a finished job and its result are kept.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan JobRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often idle workers look for jobs queued on other nodes (jobs queued on this node wake them at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

internal sealed class InvoiceOcrOptionsValidation : IValidateOptions<InvoiceOcrOptions>
{
    public ValidateOptionsResult Validate(string? name, InvoiceOcrOptions options) =>
        NicKeys.ValidateFolder(options.ExtraKeysDirectory, $"{InvoiceOcrOptions.Section}:{nameof(InvoiceOcrOptions.ExtraKeysDirectory)}");
}
