using Sangam.Ocr.Corpus;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Bench.Ocr;

/// <summary>A named set of documents rendered one way: the rows of the results table.</summary>
/// <param name="Name">Short label, e.g. "jpeg 200dpi degraded".</param>
/// <param name="Degraded">Counts towards the degraded-page goal.</param>
/// <param name="Documents">The documents, rendered lazily.</param>
internal sealed record Condition(string Name, bool Degraded, IEnumerable<CorpusDocument> Documents)
{
    /// <summary>The evaluation grid: invoices in every format and damage level, then delivery orders and bills of entry.</summary>
    public static IEnumerable<Condition> All(int perCondition, EInvoiceSigner signer)
    {
        var seed = 1000;
        Condition Invoices(string name, bool degraded, RenderSpec spec)
        {
            seed += 100;
            return new Condition(name, degraded, CorpusBuilder.Invoices(spec, perCondition, seed, signer));
        }

        RenderSpec Photo(int dpi, int quarterTurns = 0) =>
            new(OutputFormat.Jpeg, dpi, Degradation.Typical(new Random(dpi + quarterTurns)) with { QuarterTurns = quarterTurns });

        yield return Invoices("invoice text-layer pdf", false, new RenderSpec(OutputFormat.TextPdf, 300, Degradation.None));
        yield return Invoices("invoice png 300dpi clean", false, RenderSpec.CleanPng());
        yield return Invoices("invoice scanned pdf 300dpi", false, new RenderSpec(OutputFormat.ScannedPdf, 300, Degradation.None));
        yield return Invoices("invoice jpeg 300dpi degraded", true, Photo(300));
        yield return Invoices("invoice jpeg 200dpi degraded", true, Photo(200));
        yield return Invoices("invoice jpeg 150dpi degraded", true, Photo(150));
        yield return Invoices("invoice jpeg 200dpi degraded, turned 90°", true, Photo(200, quarterTurns: 1));
        yield return Invoices("invoice jpeg 200dpi degraded, upside down", true, Photo(200, quarterTurns: 2));
        yield return new Condition("delivery order png 300dpi clean", false, CorpusBuilder.DeliveryOrders(RenderSpec.CleanPng(), Math.Max(2, perCondition / 3), 5000));
        yield return new Condition("delivery order jpeg 200dpi degraded", true, CorpusBuilder.DeliveryOrders(Photo(200), Math.Max(2, perCondition / 3), 5100));
        yield return new Condition("bill of entry png 300dpi clean", false, CorpusBuilder.BillsOfEntry(RenderSpec.CleanPng(), Math.Max(2, perCondition / 3), 6000));
        yield return new Condition("bill of entry jpeg 200dpi degraded", true, CorpusBuilder.BillsOfEntry(Photo(200), Math.Max(2, perCondition / 3), 6100));
    }
}
