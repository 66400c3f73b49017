using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client.SimTracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.SimTracking;

/// <summary>Options of the commands about one driver.</summary>
public class DriverSettings : GlobalSettings
{
    [CommandArgument(0, "<MOBILE>")]
    [System.ComponentModel.Description("The driver's 10-digit mobile number (+91 accepted).")]
    public string Mobile { get; init; } = "";
}

/// <summary>How drivers, consents and positions print for people.</summary>
internal static class DriverOutput
{
    public static void Driver(Driver driver) => Output.Fields(
        ("Mobile", driver.Mobile),
        ("Name", driver.DriverName),
        ("Vehicle", driver.VehicleNumber),
        ("Operator", driver.Operator),
        ("Consent", Status(driver.ConsentStatus)),
        ("Asked by", $"{driver.ConsentChannel.ToString().ToUpperInvariant()} in {driver.Language}"),
        ("Requested", Time(driver.ConsentRequestedAt)),
        ("Valid till", Time(driver.ConsentValidTill)),
        ("Detail", driver.ConsentDetail));

    public static void Consent(DriverConsent consent)
    {
        Output.Fields(
            ("Mobile", consent.Mobile),
            ("Operator", consent.Operator),
            ("Consent", Status(consent.ConsentStatus)),
            ("Requested", Time(consent.ConsentRequestedAt)),
            ("Valid till", Time(consent.ConsentValidTill)),
            ("Detail", consent.ConsentDetail));
        var table = new Table().AddColumns("When (IST)", "Status", "By", "What");
        foreach (var change in consent.Events)
        {
            table.AddRow(Time(change.At), Status(change.ConsentStatus), change.Source.ToString().ToLowerInvariant(), Markup.Escape(change.Detail));
        }

        Output.TableOrNote(table, "No consent events yet.");
    }

    public static void Location(DriverLocation location) => Output.Fields(
        ("Mobile", location.Mobile),
        ("Position", Coordinates(location.Latitude, location.Longitude)),
        ("Accuracy", $"{location.AccuracyM} m"),
        ("Located at", Time(location.LocatedAt)),
        ("Map", MapLink(location.Latitude, location.Longitude)));

    public static string Status(ConsentStatus status) => status.ToString().ToUpperInvariant();

    public static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";

    public static string Coordinates(double latitude, double longitude) => string.Create(CultureInfo.InvariantCulture, $"{latitude:0.000000}, {longitude:0.000000}");

    private static string MapLink(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={latitude:0.######}&mlon={longitude:0.######}#map=12/{latitude:0.####}/{longitude:0.####}");
}
