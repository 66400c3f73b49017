using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.EInvoices;

public static class EInvoiceCommands
{
    /// <summary>The e-invoice commands: irn list|show|import.</summary>
    public static void AddEInvoiceCommands(this IConfigurator config) =>
        config.AddBranch("irn", irn =>
        {
            irn.SetDescription("E-invoices (IRNs) of your account's GSTINs: list, show, import.");
            irn.AddCommand<IrnListCommand>("list").WithDescription("E-invoices a GSTIN received (purchase) or issued (sales), by month or days of acknowledgement.")
                .WithExample("irn", "list", "--gstin", "27AAPFU0939F1ZV", "--year", "2026", "--month", "10", "--type", "sales", "--all")
                .WithExample("irn", "list", "--gstin", "27AAPFU0939F1ZV", "--from", "01/10/2026", "--to", "31/12/2026", "--all", "--csv");
            irn.AddCommand<IrnShowCommand>("show").WithDescription("One e-invoice with its signed documents, e-way bill and signature verdicts.")
                .WithExample("irn", "show", "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229");
            irn.AddCommand<IrnImportCommand>("import").WithDescription("Import IRP responses from a JSON file; exits 2 when some are rejected.")
                .WithExample("irn", "import", "irp-responses.json");
        });
}
