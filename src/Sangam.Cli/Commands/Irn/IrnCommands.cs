using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Irn;

public static class IrnCommands
{
    /// <summary>The e-invoice commands: irn list|show|import.</summary>
    public static void AddIrnCommands(this IConfigurator config) =>
        config.AddBranch("irn", irn =>
        {
            irn.SetDescription("E-invoices (IRNs) of your account's GSTINs: list, show, import.");
            irn.AddCommand<IrnListCommand>("list").WithDescription("E-invoices a GSTIN received (purchase) or issued (sales) in a month of acknowledgement.")
                .WithExample("irn", "list", "--gstin", "27AAPFU0939F1ZV", "--year", "2026", "--month", "10", "--type", "sales", "--all");
            irn.AddCommand<IrnShowCommand>("show").WithDescription("One e-invoice with its signed documents, e-way bill and signature verdicts.");
            irn.AddCommand<IrnImportCommand>("import").WithDescription("Import IRP responses from a JSON file; exits 2 when some are rejected.")
                .WithExample("irn", "import", "irp-responses.json");
        });
}
