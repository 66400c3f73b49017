using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;
using Sangam.Ocr.Recognition;

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

    /// <summary>
    /// Reads the figures Tesseract is unsure of on scans a second time with PP-OCRv4's line-recognition network (about
    /// 0.2 s per such page), and photos whole with its detection and recognition networks. Off reads every page with
    /// Tesseract, once; on with the networks missing stops the server at start.
    /// </summary>
    public bool SecondReading { get; set; } = true;

    /// <summary>
    /// With <see cref="SecondReading"/> on, photos are read whole by the networks (more of their printed values read, a
    /// fifth more processor time per photo); off, Tesseract reads them as it reads scans.
    /// </summary>
    public bool PhotosByNetwork { get; set; } = true;

    /// <summary>
    /// The folder holding the networks (<c>ch_PP-OCRv4_rec_infer.onnx</c>, <c>ppocr_keys_v1.txt</c> and
    /// <c>ch_PP-OCRv4_det_infer.onnx</c>). Unset: <c>models/pp-ocrv4/</c>
    /// beside the binaries, where the build puts what <c>./run.sh</c> and <c>./test.sh</c> fetch.
    /// </summary>
    public string? LineModelDirectory { get; set; }

    /// <summary>The networks of the second reading and of photos, or null when they are off.</summary>
    internal RecognitionModel? LineModel => SecondReading
        ? string.IsNullOrEmpty(LineModelDirectory) ? RecognitionModel.BesideBinaries : RecognitionModel.InFolder(LineModelDirectory)
        : null;

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
    public ValidateOptionsResult Validate(string? name, InvoiceOcrOptions options)
    {
        var keys = NicKeys.ValidateFolder(options.ExtraKeysDirectory, $"{InvoiceOcrOptions.Section}:{nameof(InvoiceOcrOptions.ExtraKeysDirectory)}");
        if (keys.Failed)
        {
            return keys;
        }

        var missing = options.LineModel?.MissingFiles() ?? [];
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{InvoiceOcrOptions.Section}:{nameof(InvoiceOcrOptions.SecondReading)} is on but the PP-OCRv4 networks are missing ({string.Join(", ", missing)}). "
                + $"./run.sh and ./test.sh fetch it (scripts/lib.sh, ensure_line_model); point {InvoiceOcrOptions.Section}:{nameof(InvoiceOcrOptions.LineModelDirectory)} at a folder holding it, "
                + $"or set {InvoiceOcrOptions.Section}:{nameof(InvoiceOcrOptions.SecondReading)}=false to read every page with Tesseract alone, once.");
    }
}
