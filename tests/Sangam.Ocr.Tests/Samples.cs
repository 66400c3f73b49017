using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Tests;

/// <summary>Small helpers to render corpus invoices in a given format.</summary>
internal static class Samples
{
    public static InvoiceTruth Invoice(int seed, EInvoiceSigner? signer = null, bool interState = false, int lines = 4) =>
        InvoiceFactory.Create(seed, interState, lines, signer);

    public static byte[] Render(InvoiceTruth invoice, RenderSpec spec, InvoiceLayout layout = InvoiceLayout.Classic, int seed = 0) =>
        DocumentRenderer.Render(InvoiceDrawer.Draw(invoice, layout, dateStyle: seed), spec, seed);

    public static RenderSpec TextPdf => new(OutputFormat.TextPdf, 300, Degradation.None);

    public static RenderSpec ScannedPdf => new(OutputFormat.ScannedPdf, 300, Degradation.None);

    /// <summary>A single page holding only the given drawing commands.</summary>
    public static PageDrawing Page(Action<PageDrawing> draw)
    {
        var page = new PageDrawing();
        draw(page);
        return page;
    }
}
