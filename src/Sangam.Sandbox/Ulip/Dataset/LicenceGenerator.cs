namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>Generates driving licences whose classes fit (or, now and then, do not fit) the vehicle they drive.</summary>
internal static class LicenceGenerator
{
    private static readonly string[] BloodGroups = ["A+", "B+", "O+", "AB+", "A-", "B-", "O-", "AB-"];
    private static readonly HashSet<string> TransportClasses = ["TRANS", "HGMV", "HPMV", "HTV", "MGV"];

    public static SandboxLicence ForDriverOf(Random random, RtoOffice rto, VehicleKind kind, bool adequate) =>
        Create(random, rto, ClassesFor(random, kind, adequate));

    public static SandboxLicence Create(Random random, RtoOffice rto, IReadOnlyList<string> classes)
    {
        var dob = new DateOnly(random.Between(1965, 2003), random.Between(1, 12), random.Between(1, 28));
        var issued = new DateOnly(random.Between(Math.Max(dob.Year + 18, 2000), 2024), random.Between(1, 12), random.Between(1, 28));
        var later = issued.AddDays(random.Between(365, 1500));
        var transportIssued = later.Year <= 2024 ? later : issued;
        var (name, female) = People.Person(random);
        var hasTransport = classes.Any(TransportClasses.Contains);
        return new SandboxLicence
        {
            Number = $"{rto.Code}{issued.Year}{random.Digits(7)}",
            DateOfBirth = dob,
            FullName = name,
            FatherName = People.FatherOf(random, name),
            Gender = female ? "Female" : "Male",
            BloodGroup = random.Pick(BloodGroups),
            AddressLine1 = $"{random.Between(1, 300)}, {random.Pick(["SHIVAJI NAGAR", "RAM NAGAR", "NEW COLONY", "OLD TOWN", "WARD 7"])}",
            AddressLine2 = $"{rto.District.ToUpperInvariant()}, {rto.State.ToUpperInvariant()}",
            Rto = rto,
            IssuedOn = issued,
            Status = random.NextDouble() switch { < 0.03 => "Suspended", < 0.05 => "Revoked", _ => "Active" },
            NonTransportValidDays = Validity.Draw(random, expired: 0.05, expiringSoon: 0.02, longest: 7000),
            TransportValidDays = hasTransport ? Validity.Draw(random, expired: 0.12, expiringSoon: 0.06, longest: 1500) : null,
            Classes = classes.Select(c => LicenceClass.Of(c, TransportClasses.Contains(c) ? transportIssued : issued)).ToList(),
        };
    }

    private static string[] ClassesFor(Random random, VehicleKind kind, bool adequate) => (kind, adequate) switch
    {
        (VehicleKind.HeavyGoods, true) => random.Pick<string[]>([["LMV", "TRANS"], ["MCWG", "LMV", "HGMV", "TRANS"], ["LMV", "HTV"]]),
        (VehicleKind.MediumGoods, true) => random.Pick<string[]>([["LMV", "TRANS"], ["MCWG", "LMV", "MGV"]]),
        (VehicleKind.HeavyGoods or VehicleKind.MediumGoods, false) => ["MCWG", "LMV"],
        (VehicleKind.Car, false) => ["MCWG"],
        (VehicleKind.LightGoods, true) => random.Pick<string[]>([["LMV"], ["MCWG", "LMV"], ["LMV", "TRANS"]]),
        (VehicleKind.LightGoods, false) => ["MCWG"],
        (VehicleKind.Bus, true) => random.Pick<string[]>([["LMV", "HPMV", "TRANS"], ["LMV", "TRANS"]]),
        (VehicleKind.Bus, false) => ["LMV"],
        (VehicleKind.Car, true) => random.Pick<string[]>([["LMV"], ["MCWG", "LMV"]]),
        (VehicleKind.TwoWheeler, true) => random.Pick<string[]>([["MCWG"], ["MCWG", "LMV"], ["MCWOG"]]),
        (VehicleKind.TwoWheeler, false) => ["LMV"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
