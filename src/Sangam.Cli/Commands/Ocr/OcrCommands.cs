using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Ocr;

public static class OcrCommands
{
    /// <summary>The invoice OCR command: ocr FILE --type ... [--format boe_v2] [--async].</summary>
    public static void AddOcrCommands(this IConfigurator config) =>
        config.AddCommand<OcrCommand>("ocr").WithDescription("Read an invoice, e-invoice QR codes, a delivery order or a bill of entry from a PDF or image.")
            .WithExample("ocr", "invoice.pdf", "--type", "invoice")
            .WithExample("ocr", "boe.png", "--type", "boe", "--format", "boe_v2")
            .WithExample("ocr", "scan.pdf", "--type", "invoice", "--async");
}
