namespace Sangam.Bench.Ocr.Real;

/// <summary>How one real document fared.</summary>
/// <param name="Document">The document and its truth.</param>
/// <param name="Records">Every printed (and every unmatched read) invoice and bill of entry, scored.</param>
/// <param name="Pages">Pages read.</param>
/// <param name="OcrPages">1-based numbers of the pages read from pixels (the rest came from a text layer).</param>
/// <param name="Time">Wall and processor time of one read, renders included: a file holding invoices and a bill of entry is read
/// once as each, and the mean of its reads is what one upload costs (the baseline reads each page once too).</param>
/// <param name="Baseline">The raw tesseract command on the same pixel pages, when measured.</param>
/// <param name="KeyValues">Every key value the document prints legibly, and whether the recognised text holds it (<see cref="TextRecall"/>).</param>
/// <param name="Error">A read error or failure, if any.</param>
internal sealed record RealResult(
    RealDocument Document,
    IReadOnlyList<RecordScore> Records,
    int Pages,
    IReadOnlyList<int> OcrPages,
    Timing Time,
    Timing? Baseline,
    IReadOnlyList<KeyValueRecall> KeyValues,
    string? Error)
{
    public TruthDocument Truth => Document.Truth;

    public bool KeyFieldsRight => Error is null && Records.All(record => record.KeyFieldsRight);

    public int KeyValuesInText => KeyValues.Count(value => value.InText);

    public bool Invented => Records.Any(record => record.Outcomes.Values.Contains(FieldOutcome.Invented));

    /// <summary>Every page came from pixels: the documents the OCR speed is measured on.</summary>
    public bool AllPagesOcr => Pages > 0 && OcrPages.Count == Pages;

    public IEnumerable<(FieldSpec Spec, FieldOutcome Outcome)> Fields =>
        Records.SelectMany(record => record.Specs.Select(spec => (spec, record.Outcomes[spec.Name])));

    /// <summary>The rows this document counts in: its source kind, and e-invoice or bill of entry where it is one.</summary>
    public IEnumerable<string> Kinds
    {
        get
        {
            yield return Truth.SourceKind switch
            {
                "text_pdf" => "text PDF",
                "scanned_pdf" => "scanned PDF",
                "image_pdf" => "image-only PDF",
                "photo" => "photo",
                var other => other,
            };
            if (Truth.IsEInvoice)
            {
                yield return "e-invoice";
            }

            if (Truth.BillsOfEntry.Count > 0)
            {
                yield return "bill of entry";
            }
        }
    }
}
