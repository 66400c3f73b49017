using Sangam.India.Vehicles;

namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>
/// A vehicle of the sandbox dataset. Registration and issue dates are fixed; validity dates are kept as days from
/// today (negative: expired) so the dataset keeps its spread of valid and expired documents whenever it is used.
/// </summary>
public sealed record SandboxVehicle
{
    public required string Number { get; init; }

    public required VehicleKind Kind { get; init; }

    public required RtoOffice Rto { get; init; }

    public required string OwnerName { get; init; }

    public required string FatherName { get; init; }

    public required string Address { get; init; }

    public required string Maker { get; init; }

    public required string Model { get; init; }

    public required string BodyType { get; init; }

    public required string Fuel { get; init; }

    public required string Colour { get; init; }

    public required string Chassis { get; init; }

    public required string Engine { get; init; }

    public required int GrossWeightKg { get; init; }

    public required int UnladenWeightKg { get; init; }

    public required int CubicCapacity { get; init; }

    public required int Cylinders { get; init; }

    public required int Seats { get; init; }

    public required int WheelbaseMm { get; init; }

    public required DateOnly RegisteredOn { get; init; }

    public string Status { get; init; } = "ACTIVE";

    public bool Blacklisted { get; init; }

    public string? Financer { get; init; }

    public required string InsuranceCompany { get; init; }

    public required string InsurancePolicy { get; init; }

    public required int InsuranceDays { get; init; }

    /// <summary>Transport vehicles renew fitness; for others it is the registration's own validity.</summary>
    public int? FitnessDays { get; init; }

    /// <summary>Null: lifetime tax paid at registration.</summary>
    public int? TaxDays { get; init; }

    public required string PuccNumber { get; init; }

    public required int PuccDays { get; init; }

    public IReadOnlyList<SandboxTag> Tags { get; init; } = [];

    public IReadOnlyList<SandboxChallan> Challans { get; init; } = [];

    /// <summary>The highway it usually travels and the chance (0-1) of a trip on a given day.</summary>
    public TollRoute? Route { get; init; }

    public double TripChance { get; init; }

    /// <summary>A licence in the dataset of someone who drives this vehicle, for dispatch checks.</summary>
    public SandboxLicence? Driver { get; init; }

    /// <summary>
    /// The vehicle whose record VAHAN/01 answers instead of this one's, as ULIP staging has done; null for the
    /// vehicle's own record.
    /// </summary>
    public string? AnsweredWithRecordOf { get; init; }

    /// <summary>VAHAN/01 answers an old NIC record of nine elements: no status, category or validity dates.</summary>
    public bool SparseRecord { get; init; }

    /// <summary>What a hand-written scenario vehicle demonstrates; null for generated ones.</summary>
    public string? Scenario { get; init; }

    /// <summary>A transport vehicle's registration lapses with its fitness; a private one's after 15 years.</summary>
    public DateOnly RegistrationValidUntil(DateOnly today) =>
        FitnessDays is { } fitness ? today.AddDays(fitness) : RegisteredOn.AddYears(15).AddDays(-1);

    public SandboxTag? ActiveTag => Tags.FirstOrDefault(t => t.Status == FastagTagStatus.Active);
}

/// <summary>A FASTag issued for a vehicle. A vehicle can have several, e.g. a closed old tag and its replacement.</summary>
public sealed record SandboxTag(string TagId, string Tid, FastagTagStatus Status, string VehicleClass, string BankId, DateOnly IssuedOn, string ExceptionCode);

/// <summary>An e-challan; <see cref="DaysAgo"/> and <see cref="TimeOfDay"/> place it relative to today.</summary>
public sealed record SandboxChallan(
    string Number,
    int DaysAgo,
    TimeOnly TimeOfDay,
    string Place,
    string ViolatorName,
    string DlNumberMasked,
    IReadOnlyList<Offence> Offences,
    int Fine,
    bool Disposed,
    bool SentToVirtualCourt);

/// <summary>An offence under the Motor Vehicles Act.</summary>
public sealed record Offence(string Act, string Name, int Fine);
