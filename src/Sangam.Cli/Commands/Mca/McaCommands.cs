using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Mca;

public static class McaCommands
{
    private static readonly string[] Subcommands = ["show", "search", "import"];

    /// <summary>"sangam mca CIN" is short for "sangam mca show CIN".</summary>
    public static string[] ExpandShorthand(string[] args) =>
        args is ["mca", var first, ..] && !first.StartsWith('-') && !Subcommands.Contains(first)
            ? ["mca", "show", .. args[1..]]
            : args;

    /// <summary>The vendor verification commands: mca show|search|import.</summary>
    public static void AddMcaCommands(this IConfigurator config) =>
        config.AddBranch("mca", mca =>
        {
            mca.SetDescription("Vendor verification: MCA company status, name search, master data import.");
            mca.AddCommand<McaLookupCommand>("show").WithDescription("MCA company status of a CIN or LLPIN ('sangam mca CIN' for short).")
                .WithExample("mca", "L72900MH2000PLC128943");
            mca.AddCommand<McaSearchCommand>("search").WithDescription("Companies by name, best match first.")
                .WithExample("mca", "search", "sahyadri info");
            mca.AddCommand<McaImportCommand>("import").WithDescription("Stream the MCA company master data CSV to the server (admins).")
                .WithExample("mca", "import", "company-master-data.csv");
        });
}
