namespace Sangam.Bench.Ocr;

/// <summary>How one document fared: which fields came out exactly right, and how long it took.</summary>
/// <param name="Name">Corpus or file name.</param>
/// <param name="Condition">The condition it belongs to.</param>
/// <param name="DocumentType">Wire document type.</param>
/// <param name="Pages">Pages read.</param>
/// <param name="Seconds">Wall time of the whole read (decode, QR, OCR, extraction).</param>
/// <param name="QrMilliseconds">QR time per page.</param>
/// <param name="Fields">Per expected field: read exactly?</param>
/// <param name="KeyFields">The fields that make the page count as right.</param>
/// <param name="Misses">For each key field read wrongly: what was read instead (empty when nothing was).</param>
/// <param name="Error">A read error, if the document could not be read.</param>
internal sealed record DocumentResult(
    string Name,
    string Condition,
    string DocumentType,
    int Pages,
    double Seconds,
    IReadOnlyList<double> QrMilliseconds,
    IReadOnlyDictionary<string, bool> Fields,
    IReadOnlyList<string> KeyFields,
    IReadOnlyDictionary<string, string> Misses,
    string? Error)
{
    public bool AllKeyFieldsRight => Error is null && KeyFields.All(key => Fields.GetValueOrDefault(key));
}
