using Sangam.Ocr.Corpus.Output;

namespace Sangam.Ocr.Corpus;

/// <summary>A generated document file with what it says.</summary>
/// <param name="Name">A stable, readable name, e.g. "invoice-classic-intra-einv-0007".</param>
/// <param name="DocumentType">The OCR document type: "invoice", "delivery_order" or "BOE".</param>
/// <param name="Spec">Format, resolution and damage of the file.</param>
/// <param name="Bytes">The file.</param>
/// <param name="ExpectedFields">Header fields by wire name, in canonical text form.</param>
/// <param name="Truth">The full ground-truth record (e.g. an InvoiceTruth) for finer checks.</param>
public sealed record CorpusDocument(
    string Name,
    string DocumentType,
    RenderSpec Spec,
    byte[] Bytes,
    IReadOnlyDictionary<string, string> ExpectedFields,
    object Truth);
