using Sangam.Cli.Commands.Auth;
using Sangam.Cli.Commands.Drivers;
using Sangam.Cli.Commands.Usage;
using Spectre.Console.Cli;

namespace Sangam.Cli;

/// <summary>The <c>sangam</c> command tree. Each API family adds its branch here.</summary>
public static class SangamCli
{
    public static Task<int> RunAsync(string[] args)
    {
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
            config.AddBranch("drivers", drivers =>
            {
                drivers.SetDescription("Consent-based SIM tracking of drivers through their mobile operator.");
                drivers.AddCommand<AddDriverCommand>("add").WithDescription("Add a driver; the operator asks the driver for consent.")
                    .WithExample("drivers", "add", "9876543210", "--name", "Ramesh Kumar", "--vehicle", "MH12NW4402");
                drivers.AddCommand<ListDriversCommand>("list").WithDescription("The account's drivers with their consent.");
                drivers.AddCommand<ConsentCommand>("consent").WithDescription("A driver's consent and its history; --ask-again sends the request again.");
                drivers.AddCommand<LocateCommand>("locate").WithDescription("Where a driver is now (needs ALLOWED consent).");
                drivers.AddCommand<LocateBulkCommand>("locate-bulk").WithDescription("Locate every driver listed in a file, with progress.")
                    .WithExample("drivers", "locate-bulk", "fleet.txt");
                drivers.AddCommand<TrailCommand>("trail").WithDescription("Stored positions of a driver in a time range.");
                drivers.AddCommand<DeleteDriverCommand>("delete").WithDescription("Stop tracking, withdraw consent and erase the driver's data.");
            });
        });
        return app.RunAsync(args);
    }
}
