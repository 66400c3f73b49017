using System.Reflection;
using Sangam.Cli.Commands.Auth;
using Sangam.Cli.Commands.EInvoices;
using Sangam.Cli.Commands.Mca;
using Sangam.Cli.Commands.Ocr;
using Sangam.Cli.Commands.SimTracking;
using Sangam.Cli.Commands.Usage;
using Sangam.Cli.Commands.Vehicles;
using Sangam.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli;

/// <summary>The <c>sangam</c> command tree. Each API family adds its branch here.</summary>
public static class SangamCli
{
    public static Task<int> RunAsync(string[] args)
    {
        args = McaCommands.ExpandShorthand(args);

        // Spectre assumes 80 columns when output is redirected; honour COLUMNS as POSIX tools do.
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
        {
            AnsiConsole.Profile.Width = columns;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("sangam");
            // Help and usage errors go to the console the commands write to, not to one Spectre keeps for itself.
            config.ConfigureConsole(AnsiConsole.Console);
            config.SetApplicationVersion(Version);
            config.SetHelpProvider(new SangamHelp(config.Settings));

            // A mistyped option is an error, not an argument silently ignored.
            config.UseStrictParsing();

            // Unknown commands or options and failed validation: one red line and the usage exit code.
            config.SetExceptionHandler((exception, _) =>
            {
                Output.Error(exception.Message);
                return exception is CommandAppException ? ExitCodes.Usage : ExitCodes.ServerError;
            });
            config.AddCommand<LoginCommand>("login").WithDescription("Log in and keep the tokens (in ~/.config/sangam, mode 0600).")
                .WithExample("login", "--base-url", "http://localhost:8080", "-u", "demo");
            config.AddCommand<WhoAmICommand>("whoami").WithDescription("Show the logged-in user and what its account may call.");
            config.AddCommand<LogoutCommand>("logout").WithDescription("Forget the saved tokens.");
            config.AddCommand<UsageCommand>("usage").WithDescription("Calls of your account per API and day.")
                .WithExample("usage", "--from", "2026-11-01");
            config.AddVehicleCommands();
            config.AddMcaCommands();
            config.AddEInvoiceCommands();
            config.AddSimTrackingCommands();
            config.AddOcrCommands();
        });
        return app.RunAsync(args);
    }

    private static string Version =>
        typeof(SangamCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
