namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>Motor Vehicles Act offences that e-challans cite, by the vehicles they apply to.</summary>
public static class Offences
{
    public static readonly Offence Overspeeding = new("Section 183(1) of MV Act", "Driving at a speed exceeding the limit", 2000);
    public static readonly Offence Overloading = new("Section 194(1) of MV Act", "Carrying goods in excess of the permitted gross vehicle weight", 20000);
    public static readonly Offence NoPermit = new("Section 192A of MV Act", "Using a vehicle without a valid permit", 10000);
    public static readonly Offence NoInsurance = new("Section 196 of MV Act", "Driving an uninsured vehicle", 2000);
    public static readonly Offence Pollution = new("Section 190(2) of MV Act", "Violating air pollution norms (no valid PUC)", 10000);
    public static readonly Offence NoFitness = new("Section 192 of MV Act", "Using a vehicle without a valid fitness certificate", 5000);
    public static readonly Offence SignalJumping = new("Section 184 of MV Act", "Dangerous driving / jumping a red light", 5000);
    public static readonly Offence NoSeatBelt = new("Section 194B of MV Act", "Driving without a seat belt", 1000);
    public static readonly Offence NoHelmet = new("Section 194D of MV Act", "Riding without a protective headgear", 1000);
    public static readonly Offence WrongParking = new("Section 177 of MV Act", "Parking in a no-parking area", 500);
    public static readonly Offence NoEntry = new("Section 179 of MV Act", "Entering a no-entry zone for goods vehicles", 2000);
    public static readonly Offence Lane = new("Section 177A of MV Act", "Violating lane discipline", 500);

    public static IReadOnlyList<Offence> For(VehicleKind kind) => kind switch
    {
        VehicleKind.HeavyGoods or VehicleKind.MediumGoods => [Overspeeding, Overloading, NoPermit, Pollution, NoFitness, NoEntry, Lane, NoSeatBelt],
        VehicleKind.LightGoods => [Overspeeding, Overloading, NoEntry, WrongParking, NoSeatBelt, NoInsurance],
        VehicleKind.Bus => [Overspeeding, NoPermit, SignalJumping, Lane, NoFitness],
        VehicleKind.Car => [Overspeeding, SignalJumping, NoSeatBelt, WrongParking, NoInsurance],
        _ => [NoHelmet, SignalJumping, WrongParking, Overspeeding, NoInsurance],
    };
}
