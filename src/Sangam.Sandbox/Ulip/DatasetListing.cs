using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip;

/// <summary>Body of <c>GET /sandbox/ulip/_dataset</c>: what there is to look up, scenarios first.</summary>
public sealed record DatasetListing(IReadOnlyList<DatasetVehicle> Vehicles, IReadOnlyList<DatasetLicence> Licences)
{
    public static DatasetListing Of(UlipDataset dataset) => new(
        [.. dataset.Vehicles.OrderBy(v => v.Scenario is null).ThenBy(v => v.Number, StringComparer.Ordinal).Select(v => new DatasetVehicle(
            v.Number,
            v.Kind.ToString(),
            v.Rto.State,
            [.. v.Tags.Select(t => t.Status.ToString())],
            v.Challans.Count(c => !c.Disposed),
            v.Driver?.SarathiNumber,
            v.Driver?.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            v.Scenario))],
        [.. dataset.Licences.OrderBy(l => l.Scenario is null).ThenBy(l => l.Number, StringComparer.Ordinal).Select(l => new DatasetLicence(
            l.SarathiNumber,
            l.DateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [.. l.Classes.Select(c => c.Abbreviation)],
            l.Status,
            l.Scenario))]);
}

public sealed record DatasetVehicle(string Number, string Kind, string State, IReadOnlyList<string> FastagStatuses, int PendingChallans, string? Driver, string? DriverDob, string? Scenario);

public sealed record DatasetLicence(string Number, string Dob, IReadOnlyList<string> Classes, string Status, string? Scenario);
