namespace Sangam.Ocr.Recognition;

/// <summary>How the Tesseract engines are set up.</summary>
public sealed record OcrEngineOptions
{
    /// <summary>Folder holding <c>*.traineddata</c>; null uses the library's compiled-in default (Debian: /usr/share/tesseract-ocr/5/tessdata).</summary>
    public string? TessdataPath { get; init; }

    /// <summary>Tesseract language list, e.g. "eng" or "eng+hin".</summary>
    public string Languages { get; init; } = "eng";

    /// <summary>
    /// How scanned or rendered sheets (pages of PDFs and TIFFs, image files that record a scanner's resolution) are
    /// segmented. Block mode keeps invoice tables and identifiers like <c>29ABCDE1234F1Z5</c> in one piece; fully
    /// automatic mode splits them into columns.
    /// </summary>
    public PageSegmentation PageSegmentation { get; init; } = PageSegmentation.SingleBlock;

    /// <summary>
    /// How photos are segmented: image files (PNG, JPEG, WebP) that record no scanner's resolution. Sparse text finds
    /// the words of a bill photographed on a table, at an angle, in blocks of different sizes, which block mode reads
    /// as one block of noise (<c>bench/results/ocr-real.md</c> has the numbers).
    /// </summary>
    public PageSegmentation PhotoSegmentation { get; init; } = PageSegmentation.SparseText;

    /// <summary>
    /// The PP-OCRv4 networks: they read Tesseract's doubtful figures a second time and, with <see cref="PhotosByNetwork"/>,
    /// read photos whole; null reads every page with Tesseract alone, once.
    /// </summary>
    public RecognitionModel? LineModel { get; init; }

    /// <summary>
    /// With <see cref="LineModel"/> set, photos are read by its detection and recognition networks instead of Tesseract:
    /// on the real photos measured they find far more of the printed values (<c>bench/results/ocr-real.md</c>).
    /// </summary>
    public bool PhotosByNetwork { get; init; } = true;

    /// <summary>Upper bound on live engines (each holds ~40 MB); defaults to the processor count.</summary>
    public int MaxEngines { get; init; } = Environment.ProcessorCount;
}

/// <summary>The Tesseract page segmentation modes that suit documents.</summary>
public enum PageSegmentation
{
    /// <summary>PSM 4: one column of text of varying sizes.</summary>
    SingleColumn = 4,

    /// <summary>PSM 6: one uniform block of text.</summary>
    SingleBlock = 6,

    /// <summary>PSM 11: as much text as possible, in no particular order (lines are rebuilt from word boxes afterwards).</summary>
    SparseText = 11,
}
