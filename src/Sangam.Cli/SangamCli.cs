using Sangam.Cli.Commands.Auth;
using Sangam.Cli.Commands.Ocr;
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
            config.AddCommand<OcrCommand>("ocr").WithDescription("Read an invoice, e-invoice QR codes, a delivery order or a bill of entry from a PDF or image.")
                .WithExample("ocr", "invoice.pdf", "--type", "invoice")
                .WithExample("ocr", "boe.png", "--type", "boe", "--format", "boe_v2")
                .WithExample("ocr", "scan.pdf", "--type", "invoice", "--async");
        });
        return app.RunAsync(args);
    }
}
