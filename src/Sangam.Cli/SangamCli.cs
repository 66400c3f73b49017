using Sangam.Cli.Commands.Auth;
using Sangam.Cli.Commands.Mca;
using Sangam.Cli.Commands.Usage;
using Spectre.Console.Cli;

namespace Sangam.Cli;

/// <summary>The <c>sangam</c> command tree. Each API family adds its branch here.</summary>
public static class SangamCli
{
    private static readonly string[] McaSubcommands = ["show", "search", "import"];

    public static Task<int> RunAsync(string[] args)
    {
        // "sangam mca CIN" is short for "sangam mca show CIN".
        if (args is ["mca", var first, ..] && !first.StartsWith('-') && !McaSubcommands.Contains(first))
        {
            args = ["mca", "show", .. args[1..]];
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("sangam");
            config.AddCommand<LoginCommand>("login").WithDescription("Log in and keep the tokens (in ~/.config/sangam, mode 0600).")
                .WithExample("login", "--base-url", "http://localhost:8080", "-u", "demo");
            config.AddCommand<LogoutCommand>("logout").WithDescription("Forget the saved tokens.");
            config.AddCommand<WhoAmICommand>("whoami").WithDescription("Show the logged-in user and what its account may call.");
            config.AddCommand<UsageCommand>("usage").WithDescription("Calls of your account per API and day.")
                .WithExample("usage", "--from", "2026-11-01");
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
        });
        return app.RunAsync(args);
    }
}
