using Sangam.India.Vehicles;

namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>
/// Hand-picked vehicles and licences, each showing one situation a dispatcher meets. They are generated like the
/// rest and then have every document made valid except the one the scenario is about, so tests and demos can rely
/// on them. The documentation's own examples (MH12NW4402, MP09DJ2744 and its tag, the two licences) are among them.
/// </summary>
internal static class Scenarios
{
    public static readonly SandboxLicence HeavyVehicleDriver = Licence("GJ0420120005008", new DateOnly(1987, 5, 26), "GJ01",
        ["MCWG", "LMV", "HGMV", "TRANS"], transportValidDays: 700, "Licence for heavy goods vehicles, valid");

    public static readonly SandboxLicence CarDriver = Licence("HR5120210018922", new DateOnly(1987, 5, 26), "HR38",
        ["MCWG", "LMV"], transportValidDays: null, "Light vehicles only: does not cover heavy goods vehicles or buses");

    public static readonly SandboxLicence LapsedTransportDriver = Licence("KA5120150001234", new DateOnly(1990, 1, 15), "KA51",
        ["LMV", "TRANS"], transportValidDays: -30, "Transport validity expired 30 days ago");

    public static readonly SandboxLicence SuspendedDriver = Licence("MH1220180009876", new DateOnly(1985, 8, 20), "MH12",
        ["LMV", "HPMV", "TRANS"], transportValidDays: 400, "Suspended licence") with { Status = "Suspended" };

    public static readonly SandboxLicence BusDriver = Licence("TN0920100004321", new DateOnly(1978, 3, 3), "TN09",
        ["LMV", "HPMV", "TRANS"], transportValidDays: 500, "Licence for buses, valid");

    public static IReadOnlyList<SandboxLicence> Licences { get; } = [HeavyVehicleDriver, CarDriver, LapsedTransportDriver, SuspendedDriver, BusDriver];

    public static IReadOnlyList<SandboxVehicle> Vehicles { get; } =
    [
        Valid("MH12NW4402", VehicleKind.HeavyGoods, "MH12", HeavyVehicleDriver, "Ready to dispatch: every document valid, active FASTag, crosses Mumbai-Pune tolls every day")
            with { Route = TollRoute.MumbaiPune, TripChance = 1 },
        Valid("MP09DJ2744", VehicleKind.LightGoods, "MP09", CarDriver, "Light goods vehicle with the documented FASTag 34161FA820328972487BE420")
            with { Tags = [new SandboxTag("34161FA820328972487BE420", "E200680A0000400AAC53CC34", FastagTagStatus.Active, "VC20", "607417", new DateOnly(2024, 4, 9), "00")] },
        Valid("KA01AB1234", VehicleKind.HeavyGoods, "KA01", HeavyVehicleDriver, "Insurance expired 20 days ago and PUC 5 days ago")
            with { InsuranceDays = -20, PuccDays = -5 },
        Valid("TN09BZ7777", VehicleKind.MediumGoods, "TN09", HeavyVehicleDriver, "Three pending e-challans (INR 24,000) and two disposed ones")
            with { Challans = ChallansOf("TN09BZ7777", "TN09", [Offences.Overloading, Offences.Overspeeding, Offences.NoEntry], [Offences.Lane, Offences.NoSeatBelt]) },
        Valid("RJ14GB5678", VehicleKind.HeavyGoods, "RJ14", HeavyVehicleDriver, "Registration blacklisted") with { Blacklisted = true },
        Valid("MH04SU0404", VehicleKind.MediumGoods, "MH04", HeavyVehicleDriver, "Registration suspended") with { Status = "SUSPENDED" },
        Valid("UP32HT9999", VehicleKind.Bus, "UP32", BusDriver, "Bus whose fitness certificate expired 45 days ago") with { FitnessDays = -45 },
        Valid("KA51TX7070", VehicleKind.HeavyGoods, "KA51", LapsedTransportDriver, "Valid truck; its driver's transport licence has lapsed"),
        Valid("TG09HP1212", VehicleKind.HeavyGoods, "TG09", CarDriver, "Valid truck; its driver holds a light-vehicle licence only"),
        Valid("HR55AK4321", VehicleKind.HeavyGoods, "HR55", HeavyVehicleDriver, "FASTag blacklisted (B)") with { Tags = [Tag("HR55AK4321", "VC10", FastagTagStatus.Blacklisted)] },
        Valid("GJ05CU1111", VehicleKind.HeavyGoods, "GJ05", HeavyVehicleDriver, "FASTag hotlisted (H)") with { Tags = [Tag("GJ05CU1111", "VC11", FastagTagStatus.Hotlisted)] },
        Valid("PB10CL5555", VehicleKind.HeavyGoods, "PB10", HeavyVehicleDriver, "FASTag closed (C) and not replaced") with { Tags = [Tag("PB10CL5555", "VC11", FastagTagStatus.Closed)] },
        Valid("AP16TL3333", VehicleKind.MediumGoods, "AP16", HeavyVehicleDriver, "FASTag reported lost (L) and replaced by an active one")
            with { Tags = [Tag("AP16TL3333", "VC7", FastagTagStatus.Lost), Tag("AP16TL3333-2", "VC7", FastagTagStatus.Active)] },
        Valid("KL07EX8080", VehicleKind.LightGoods, "KL07", CarDriver, "FASTag on the exception list (E)") with { Tags = [Tag("KL07EX8080", "VC5", FastagTagStatus.Exception)] },
        Valid("MP09HF4987", VehicleKind.HeavyGoods, "MP09", HeavyVehicleDriver, "Two inactive FASTags (I) and the active one that replaced them")
            with { Tags = [Tag("MP09HF4987-1", "VC11", FastagTagStatus.Inactive), Tag("MP09HF4987-2", "VC11", FastagTagStatus.Inactive), Tag("MP09HF4987", "VC11", FastagTagStatus.Active)] },
        Valid("GJ01IN7007", VehicleKind.MediumGoods, "GJ01", HeavyVehicleDriver, "Its only FASTag is inactive (I)") with { Tags = [Tag("GJ01IN7007", "VC7", FastagTagStatus.Inactive)] },
        Valid("UP32KH0320", VehicleKind.HeavyGoods, "UP32", HeavyVehicleDriver, "VAHAN/01 answers the record of another vehicle (RJ11GC0346), as ULIP staging has done")
            with { AnsweredWithRecordOf = "RJ11GC0346" },
        Valid("RJ14CN1724", VehicleKind.Car, "RJ14", CarDriver, "VAHAN/01 answers an old NIC record: no status, category or validity dates") with { SparseRecord = true },
        Valid("OD02CZ2020", VehicleKind.LightGoods, "OD02", CarDriver, "No FASTag at all") with { Tags = [] },
        Valid("22BH1234AA", VehicleKind.Car, "HR38", CarDriver, "Bharat-series car, every document valid"),
        Valid("WB02AZ4321", VehicleKind.TwoWheeler, "WB02", CarDriver, "Two-wheeler: FASTag not applicable"),
    ];

    private static SandboxVehicle Valid(string number, VehicleKind kind, string rtoCode, SandboxLicence driver, string scenario)
    {
        var random = StableRandom.For(number);
        var generated = VehicleGenerator.Create(random, number, kind, RtoOffice.Get(rtoCode));
        var transport = kind.IsTransport();
        return generated with
        {
            RegisteredOn = transport ? generated.RegisteredOn : new DateOnly(2022, 3, 14),
            Status = "ACTIVE",
            Blacklisted = false,
            InsuranceDays = 240,
            FitnessDays = transport ? 410 : null,
            TaxDays = transport ? 120 : null,
            PuccDays = 150,
            Tags = generated.Tags.Count == 0 && kind != VehicleKind.TwoWheeler
                ? [Tag(number, VehicleCatalogue.Of(kind)[0].FastagClass!, FastagTagStatus.Active)]
                : [.. generated.Tags.Select(t => t with { Status = FastagTagStatus.Active, ExceptionCode = "00" }).Take(1)],
            Challans = [],
            Driver = driver,
            Scenario = scenario,
        };
    }

    private static SandboxTag Tag(string seed, string vehicleClass, FastagTagStatus status) =>
        VehicleGenerator.NewTag(StableRandom.For(seed, salt: 7), vehicleClass, new DateOnly(2023, 6, 1), status);

    private static List<SandboxChallan> ChallansOf(string number, string rtoCode, IReadOnlyList<Offence> pending, IReadOnlyList<Offence> disposed)
    {
        var random = StableRandom.For(number, salt: 11);
        var rto = RtoOffice.Get(rtoCode);
        return
        [
            .. pending.Select(o => VehicleGenerator.NewChallan(random, rto, [o], disposed: false, "SURESH KUMAR", HeavyVehicleDriver.Number)),
            .. disposed.Select(o => VehicleGenerator.NewChallan(random, rto, [o], disposed: true, "SURESH KUMAR", HeavyVehicleDriver.Number)),
        ];
    }

    private static SandboxLicence Licence(string number, DateOnly dob, string rtoCode, IReadOnlyList<string> classes, int? transportValidDays, string scenario)
    {
        var generated = LicenceGenerator.Create(StableRandom.For(number), RtoOffice.Get(rtoCode), classes);
        var issued = new DateOnly(int.Parse(number.AsSpan(4, 4), System.Globalization.CultureInfo.InvariantCulture), 3, 14);
        return generated with
        {
            Number = number,
            DateOfBirth = dob,
            IssuedOn = issued,
            Status = "Active",
            NonTransportValidDays = 3000,
            TransportValidDays = transportValidDays,
            Classes = [.. generated.Classes.Select(c => c with { IssuedOn = c.Abbreviation is "MCWG" or "MCWOG" or "LMV" ? issued : issued.AddYears(2) })],
            Scenario = scenario,
        };
    }
}
