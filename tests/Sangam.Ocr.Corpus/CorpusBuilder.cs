using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Corpus;

/// <summary>Builds named sets of corpus documents, deterministic for a given seed range.</summary>
public static class CorpusBuilder
{
    /// <summary>
    /// <paramref name="count"/> invoices in <paramref name="spec"/>: layouts and tax regimes alternate,
    /// every other one is an e-invoice signed by <paramref name="signer"/>, and dates print in varied styles.
    /// </summary>
    public static IEnumerable<CorpusDocument> Invoices(RenderSpec spec, int count, int firstSeed, EInvoiceSigner signer, int lines = 5)
    {
        for (var seed = firstSeed; seed < firstSeed + count; seed++)
        {
            var layout = seed % 2 == 0 ? InvoiceLayout.Classic : InvoiceLayout.Modern;
            var invoice = InvoiceFactory.Create(seed, interState: seed % 3 == 0, lines, seed % 4 < 2 ? signer : null);
            var bytes = DocumentRenderer.Render(InvoiceDrawer.Draw(invoice, layout, dateStyle: seed), spec, seed);
            var kind = $"{layout.ToString().ToLowerInvariant()}-{(invoice.InterState ? "igst" : "cgst")}{(invoice.SignedQrCode is null ? string.Empty : "-einv")}";
            yield return new CorpusDocument($"invoice-{kind}-{seed:D4}", "invoice", spec, bytes, invoice.ExpectedFields, invoice);
        }
    }

    public static IEnumerable<CorpusDocument> DeliveryOrders(RenderSpec spec, int count, int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + count; seed++)
        {
            var order = DeliveryOrderFactory.Create(seed);
            yield return new CorpusDocument($"do-{seed:D4}", "delivery_order", spec, DocumentRenderer.Render([DeliveryOrderDrawer.Draw(order)], spec, seed), order.ExpectedFields, order);
        }
    }

    public static IEnumerable<CorpusDocument> BillsOfEntry(RenderSpec spec, int count, int firstSeed)
    {
        for (var seed = firstSeed; seed < firstSeed + count; seed++)
        {
            var boe = BillOfEntryFactory.Create(seed);
            yield return new CorpusDocument($"boe-{seed:D4}", "BOE", spec, DocumentRenderer.Render([BillOfEntryDrawer.Draw(boe)], spec, seed), boe.ExpectedFields, boe);
        }
    }
}
