using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.SimTracking;

public static class SimTrackingCommands
{
    /// <summary>The SIM tracking commands: drivers add|list|consent|locate|locate-bulk|trail|delete.</summary>
    public static void AddSimTrackingCommands(this IConfigurator config) =>
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
}
