namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>What a sandbox vehicle is; decides its VAHAN class, FASTag class, permits and travel.</summary>
public enum VehicleKind
{
    HeavyGoods,
    MediumGoods,
    LightGoods,
    Bus,
    Car,
    TwoWheeler,
}

public static class VehicleKinds
{
    /// <summary>Transport (commercial) vehicles need permits, fitness renewals and a transport licence.</summary>
    public static bool IsTransport(this VehicleKind kind) => kind is VehicleKind.HeavyGoods or VehicleKind.MediumGoods or VehicleKind.LightGoods or VehicleKind.Bus;

    /// <summary>VAHAN's class description.</summary>
    public static string ClassDescription(this VehicleKind kind) => kind switch
    {
        VehicleKind.HeavyGoods or VehicleKind.MediumGoods or VehicleKind.LightGoods => "Goods Carrier",
        VehicleKind.Bus => "Bus",
        VehicleKind.Car => "Motor Car(LMV)",
        _ => "M-Cycle/Scooter(2WN)",
    };

    /// <summary>VAHAN's vehicle category code.</summary>
    public static string Category(this VehicleKind kind) => kind switch
    {
        VehicleKind.HeavyGoods => "HGV",
        VehicleKind.MediumGoods => "MGV",
        VehicleKind.LightGoods => "LGV",
        VehicleKind.Bus => "HPV",
        VehicleKind.Car => "LMV",
        _ => "2WN",
    };
}
