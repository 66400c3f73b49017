namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>A make and model with the specifications VAHAN records and its NETC toll class.</summary>
public sealed record VehicleModel(
    VehicleKind Kind,
    string Maker,
    string Model,
    string Wmi,
    string[] BodyTypes,
    string[] Fuels,
    int GrossWeightKg,
    int UnladenWeightKg,
    int CubicCapacity,
    int Cylinders,
    int Seats,
    int WheelbaseMm,
    string? FastagClass);

/// <summary>The makes and models the generator draws from, and the companies that insure, finance and tag them.</summary>
public static class VehicleCatalogue
{
    private static readonly string[] OpenOrClosed = ["OPEN BODY", "CLOSED BODY"];

    public static IReadOnlyList<VehicleModel> Models { get; } =
    [
        new(VehicleKind.HeavyGoods, "TATA MOTORS LTD", "SIGNA 4825.TK", "MAT", ["TIPPER", "OPEN BODY"], ["DIESEL"], 47500, 13200, 6692, 6, 2, 5600, "VC11"),
        new(VehicleKind.HeavyGoods, "TATA MOTORS LTD", "LPT 3118 COWL", "MAT", ["OPEN BODY", "CLOSED BODY (CONTAINER)"], ["DIESEL"], 31000, 9100, 5883, 6, 2, 6400, "VC10"),
        new(VehicleKind.HeavyGoods, "ASHOK LEYLAND LTD", "4220 IL", "MB1", ["OPEN BODY", "TANKER"], ["DIESEL"], 42000, 11800, 5759, 6, 2, 5250, "VC11"),
        new(VehicleKind.HeavyGoods, "DAIMLER INDIA COMMERCIAL VEHICLES PVT LTD", "BHARATBENZ 3523R", "MEC", ["OPEN BODY", "CLOSED BODY (CONTAINER)"], ["DIESEL"], 35000, 10100, 7200, 6, 2, 5975, "VC10"),
        new(VehicleKind.HeavyGoods, "VE COMMERCIAL VEHICLES LTD", "EICHER PRO 6048", "MC2", ["TRAILER", "OPEN BODY"], ["DIESEL"], 49000, 14500, 7698, 6, 2, 3800, "VC12"),
        new(VehicleKind.MediumGoods, "TATA MOTORS LTD", "ULTRA 1518", "MAT", OpenOrClosed, ["DIESEL"], 16020, 5400, 3783, 4, 2, 4530, "VC7"),
        new(VehicleKind.MediumGoods, "ASHOK LEYLAND LTD", "ECOMET 1215", "MB1", OpenOrClosed, ["DIESEL"], 12250, 4300, 3839, 4, 2, 4225, "VC7"),
        new(VehicleKind.MediumGoods, "VE COMMERCIAL VEHICLES LTD", "EICHER PRO 2110", "MC2", OpenOrClosed, ["DIESEL", "CNG"], 11280, 3900, 3300, 4, 2, 3800, "VC7"),
        new(VehicleKind.LightGoods, "TATA MOTORS LTD", "ACE GOLD", "MAT", ["OPEN BODY", "DELIVERY VAN"], ["DIESEL", "PETROL/CNG"], 1615, 870, 702, 2, 2, 2100, "VC20"),
        new(VehicleKind.LightGoods, "MAHINDRA AND MAHINDRA LTD", "BOLERO PICKUP 1.7", "MA1", OpenOrClosed, ["DIESEL"], 3490, 1780, 2523, 4, 2, 3150, "VC5"),
        new(VehicleKind.LightGoods, "ASHOK LEYLAND LTD", "DOST PLUS", "MB1", OpenOrClosed, ["DIESEL"], 2805, 1400, 1478, 3, 2, 2350, "VC5"),
        new(VehicleKind.LightGoods, "MARUTI SUZUKI INDIA LTD", "SUPER CARRY", "MA3", ["OPEN BODY"], ["PETROL/CNG"], 1600, 880, 1196, 4, 2, 2110, "VC20"),
        new(VehicleKind.Bus, "TATA MOTORS LTD", "STARBUS ULTRA 41", "MAT", ["BUS"], ["DIESEL"], 16200, 10400, 5675, 4, 41, 5900, "VC6"),
        new(VehicleKind.Bus, "ASHOK LEYLAND LTD", "VIKING 222", "MB1", ["BUS"], ["DIESEL"], 16200, 10700, 5660, 6, 52, 5900, "VC6"),
        new(VehicleKind.Bus, "VOLVO BUSES INDIA PVT LTD", "9600 SLEEPER", "YV3", ["SLEEPER BUS"], ["DIESEL"], 18000, 13800, 7700, 6, 36, 6100, "VC6"),
        new(VehicleKind.Car, "MARUTI SUZUKI INDIA LTD", "SWIFT VXI", "MA3", ["HATCHBACK"], ["PETROL", "PETROL/CNG"], 1355, 880, 1197, 4, 5, 2450, "VC4"),
        new(VehicleKind.Car, "MARUTI SUZUKI INDIA LTD", "ERTIGA ZXI", "MA3", ["MPV"], ["PETROL", "PETROL/CNG"], 1730, 1130, 1462, 4, 7, 2740, "VC4"),
        new(VehicleKind.Car, "HYUNDAI MOTOR INDIA LTD", "CRETA SX", "MAL", ["SUV"], ["PETROL", "DIESEL"], 1760, 1240, 1497, 4, 5, 2610, "VC4"),
        new(VehicleKind.Car, "TATA MOTORS LTD", "NEXON EV", "MAT", ["SUV"], ["ELECTRIC(BOV)"], 1960, 1400, 0, 0, 5, 2498, "VC4"),
        new(VehicleKind.Car, "MAHINDRA AND MAHINDRA LTD", "SCORPIO-N Z8", "MA1", ["SUV"], ["DIESEL"], 2510, 1950, 2184, 4, 7, 2750, "VC4"),
        new(VehicleKind.Car, "TOYOTA KIRLOSKAR MOTOR PVT LTD", "INNOVA CRYSTA 2.4", "MBJ", ["MPV"], ["DIESEL"], 2360, 1750, 2393, 4, 7, 2750, "VC4"),
        new(VehicleKind.TwoWheeler, "HERO MOTOCORP LTD", "SPLENDOR PLUS", "MBL", ["SOLO"], ["PETROL"], 248, 112, 97, 1, 2, 1236, null),
        new(VehicleKind.TwoWheeler, "HONDA MOTORCYCLE AND SCOOTER INDIA (P) LTD", "ACTIVA 6G", "ME4", ["SCOOTER"], ["PETROL"], 260, 106, 109, 1, 2, 1260, null),
        new(VehicleKind.TwoWheeler, "BAJAJ AUTO LTD", "PULSAR 150", "MD2", ["SOLO"], ["PETROL"], 290, 148, 149, 1, 2, 1345, null),
        new(VehicleKind.TwoWheeler, "TVS MOTOR COMPANY LTD", "IQUBE S", "MD6", ["SCOOTER"], ["ELECTRIC(BOV)"], 270, 118, 0, 0, 2, 1301, null),
        new(VehicleKind.TwoWheeler, "ROYAL ENFIELD (UNIT OF EICHER MOTORS LTD)", "CLASSIC 350", "ME3", ["SOLO"], ["PETROL"], 360, 195, 349, 1, 2, 1390, null),
    ];

    public static IReadOnlyList<string> Colours { get; } = ["WHITE", "SILVER", "RED", "BLUE", "GREY", "BLACK", "YELLOW", "ORANGE", "GREEN"];

    public static IReadOnlyList<string> Insurers { get; } =
    [
        "THE NEW INDIA ASSURANCE CO LTD", "ICICI LOMBARD GENERAL INSURANCE CO LTD", "BAJAJ ALLIANZ GENERAL INSURANCE CO LTD",
        "TATA AIG GENERAL INSURANCE CO LTD", "UNITED INDIA INSURANCE CO LTD", "HDFC ERGO GENERAL INSURANCE CO LTD",
        "NATIONAL INSURANCE CO LTD", "SBI GENERAL INSURANCE CO LTD",
    ];

    public static IReadOnlyList<string> Financers { get; } =
    [
        "HDFC BANK LTD", "SHRIRAM FINANCE LTD", "CHOLAMANDALAM INVESTMENT AND FINANCE CO LTD", "TATA MOTORS FINANCE LTD",
        "MAHINDRA AND MAHINDRA FINANCIAL SERVICES LTD", "ICICI BANK LTD", "STATE BANK OF INDIA",
    ];

    /// <summary>Issuer ids of FASTag banks.</summary>
    public static IReadOnlyList<string> TagBanks { get; } = ["607417", "607469", "608001", "607153", "608032", "607387"];

    public static IReadOnlyList<VehicleModel> Of(VehicleKind kind) => Models.Where(m => m.Kind == kind).ToList();
}
