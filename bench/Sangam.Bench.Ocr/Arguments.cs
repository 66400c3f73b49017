using System.Globalization;
using Sangam.Ocr.Recognition;

namespace Sangam.Bench.Ocr;

/// <summary>The command line's <c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class Arguments(IReadOnlyList<string> args)
{
    public string? Value(string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    public int Int(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => args.Contains(name);

    /// <summary>
    /// The network of the second reading: the one beside the binaries, as the server reads; <c>--line-model FOLDER</c>
    /// for another; none with <c>--single-reading</c>.
    /// </summary>
    private RecognitionModel? LineModel() =>
        Flag("--single-reading") ? null : Value("--line-model") is { } folder ? RecognitionModel.InFolder(folder) : RecognitionModel.BesideBinaries;

    /// <summary>
    /// The engine options a variant of the reader changes, else the server's: <c>--psm MODE</c> for scanned and rendered
    /// sheets, <c>--photo-psm MODE</c> for photos (image files that record no scanner's resolution; modes
    /// <c>SingleBlock|SingleColumn|SparseText</c>), <c>--tessdata FOLDER</c>, the networks (<see cref="LineModel"/>), and
    /// <c>--tesseract-photos</c> to read photos with Tesseract as sheets are, not with the networks.
    /// </summary>
    public OcrEngineOptions Engine()
    {
        var defaults = new OcrEngineOptions();
        return defaults with
        {
            TessdataPath = Value("--tessdata"),
            LineModel = LineModel(),
            PhotosByNetwork = !Flag("--tesseract-photos"),
            PageSegmentation = Value("--psm") is { } psm ? Enum.Parse<PageSegmentation>(psm) : defaults.PageSegmentation,
            PhotoSegmentation = Value("--photo-psm") is { } photo ? Enum.Parse<PageSegmentation>(photo) : defaults.PhotoSegmentation,
        };
    }
}
