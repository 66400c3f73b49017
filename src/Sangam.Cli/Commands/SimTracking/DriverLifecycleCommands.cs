using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.SimTracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.SimTracking;

public sealed class AddDriverCommand : ApiCommand<AddDriverCommand.Settings>
{
    public sealed class Settings : DriverSettings
    {
        [CommandOption("-n|--name <NAME>")]
        [Description("The driver's name.")]
        public string? Name { get; init; }

        [CommandOption("--vehicle <NUMBER>")]
        [Description("The truck's registration number, e.g. MH12NW4402.")]
        public string? Vehicle { get; init; }

        [CommandOption("--channel <SMS|IVR>")]
        [Description("How the operator asks for consent (default SMS).")]
        public ConsentChannel? Channel { get; init; }

        [CommandOption("--language <CODE>")]
        [Description("Language of the consent SMS or call: EN (default), HI, AS, BN, OR, KN, ML, TA, TE.")]
        public string? Language { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("--name is required") : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var driver = await client.SimTracking.AddDriverAsync(
            new NewDriver(settings.Mobile, settings.Name!) { VehicleNumber = settings.Vehicle, ConsentChannel = settings.Channel, Language = settings.Language },
            cancellationToken);
        if (settings.Json)
        {
            Output.Json(driver);
            return 0;
        }

        DriverOutput.Driver(driver);
        if (driver.ConsentStatus == ConsentStatus.Pending)
        {
            AnsiConsole.MarkupLine("The operator is asking the driver for consent.");
            AnsiConsole.MarkupLine("Follow it: [bold]sangam drivers consent " + Markup.Escape(driver.Mobile) + "[/]");
        }

        return 0;
    }
}

public sealed class ListDriversCommand : ApiCommand<ListDriversCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--status <STATUS>")]
        [Description("Only drivers with this consent: PENDING, ALLOWED, REJECTED, EXPIRED or FAILED.")]
        public ConsentStatus? Status { get; init; }

        [CommandOption("--page <N>")]
        [Description("Page number, from 1.")]
        public int Page { get; init; } = 1;

        [CommandOption("--page-size <N>")]
        [Description("Drivers per page, 1-500.")]
        public int PageSize { get; init; } = 100;
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var page = await client.SimTracking.ListDriversAsync(settings.Status, settings.Page, settings.PageSize, cancellationToken);
        var exitCode = page.Drivers.Count > 0 ? ExitCodes.Ok : ExitCodes.NotFound;
        if (settings.Json)
        {
            Output.Json(page);
            return exitCode;
        }

        var table = new Table().Title($"{page.Count} drivers (page {page.Page})").AddColumns("Mobile", "Name", "Vehicle", "Operator", "Consent", "Valid till");
        foreach (var driver in page.Drivers)
        {
            table.AddRow(driver.Mobile, Markup.Escape(driver.DriverName), Output.Format(driver.VehicleNumber), Output.Format(driver.Operator),
                DriverOutput.Status(driver.ConsentStatus), DriverOutput.Time(driver.ConsentValidTill));
        }

        Output.TableOrNote(table, settings.Status is null ? "No drivers yet: add one with sangam drivers add." : "No drivers with that consent.");
        return exitCode;
    }
}

public sealed class ConsentCommand : ApiCommand<ConsentCommand.Settings>
{
    public sealed class Settings : DriverSettings
    {
        [CommandOption("--ask-again")]
        [Description("Have the operator ask the driver again (not while allowed; at most every 10 minutes).")]
        public bool AskAgain { get; init; }
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var consent = settings.AskAgain
            ? await client.SimTracking.RequestConsentAsync(settings.Mobile, cancellationToken)
            : await client.SimTracking.GetConsentAsync(settings.Mobile, cancellationToken);
        if (settings.Json)
        {
            Output.Json(consent);
        }
        else
        {
            DriverOutput.Consent(consent);
        }

        return 0;
    }
}

public sealed class DeleteDriverCommand : ApiCommand<DriverSettings>
{
    protected override async Task<int> RunAsync(SangamClient client, DriverSettings settings, CancellationToken cancellationToken)
    {
        var deleted = await client.SimTracking.DeleteDriverAsync(settings.Mobile, cancellationToken);
        if (settings.Json)
        {
            Output.Json(deleted);
            return 0;
        }

        AnsiConsole.MarkupLine($"Driver {Markup.Escape(deleted.Mobile)} deleted: consent withdrawn, {deleted.PositionsErased} stored positions and the driver's details erased.");
        AnsiConsole.MarkupLine(deleted.OperatorReleased
            ? "The operator no longer tracks the number."
            : "[yellow]The operator did not answer; the server keeps asking it to stop tracking the number.[/]");
        return 0;
    }
}
