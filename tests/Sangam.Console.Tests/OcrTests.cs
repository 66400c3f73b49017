using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;
using static Microsoft.Playwright.Assertions;

namespace Sangam.Console.Tests;

[Collection(InTheBrowser.Name)]
public sealed class OcrTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task An_uploaded_invoice_shows_its_fields_boxed_where_they_are_printed()
    {
        var invoice = InvoiceFactory.Create(seed: 51, interState: true, lineCount: 2);
        var pdf = DocumentRenderer.Render(InvoiceDrawer.Draw(invoice, InvoiceLayout.Classic), new RenderSpec(OutputFormat.TextPdf, 300, Degradation.None));
        await using var tab = await browser.SignedInAsync(await browser.Server.CreateAccountAsync());
        var page = tab.Page;
        await page.OpenAsync("Invoice OCR");

        await page.GetByLabel("Document").SetInputFilesAsync(new FilePayload { Name = "invoice.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read" }).ClickAsync();

        var number = invoice.ExpectedFields["invoice_number"];
        await Expect(page.Locator("table[data-fields='Invoice 1']")).ToContainTextAsync(number);
        var box = page.Locator("svg[data-page='1'] rect[data-field='Invoice 1 · invoice_number']");
        await Expect(box).ToHaveCountAsync(1);
        var printed = page.Locator("svg[data-page='1'] text").Filter(new() { HasText = number }).First;
        var (boxed, word) = (await box.BoundingBoxAsync(), await printed.BoundingBoxAsync());
        Assert.True(boxed is not null && word is not null, "the box or the printed number is not drawn");
        Assert.True(Overlap(boxed, word) > 0.5 * word.Width * word.Height, $"the box {Describe(boxed)} is not over the printed number {Describe(word)}");
        await box.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "ocr");
    }

    private static double Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        Math.Max(0, Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X)) * Math.Max(0, Math.Min(a.Y + a.Height, b.Y + b.Height) - Math.Max(a.Y, b.Y));

    private static string Describe(LocatorBoundingBoxResult box) => $"({box.X:0}, {box.Y:0}, {box.Width:0}×{box.Height:0})";
}
