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

    /// <summary>VAHAN's class description with its category, as in <c>rc_vh_class_desc</c>.</summary>
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

    /// <summary>VAHAN's class description alone, as in <c>rc_vhclass_desc</c> and VAHAN/04's <c>rcVhClassDesc</c>.</summary>
    public static string ShortClassDescription(this VehicleKind kind) => kind switch
    {
        VehicleKind.HeavyGoods or VehicleKind.MediumGoods or VehicleKind.LightGoods => "Goods Carrier",
        VehicleKind.Bus => "Bus",
        VehicleKind.Car => "Motor Car",
        _ => "M-Cycle/Scooter",
    };

    /// <summary>VAHAN's description of the category (<c>rc_vch_catg_desc</c>); (T) transport, (NT) not.</summary>
    public static string CategoryDescription(this VehicleKind kind) => kind switch
    {
        VehicleKind.HeavyGoods => "HEAVY GOODS VEHICLE(T)",
        VehicleKind.MediumGoods => "MEDIUM GOODS VEHICLE(T)",
        VehicleKind.LightGoods => "LIGHT GOODS VEHICLE(T)",
        VehicleKind.Bus => "HEAVY PASSENGER VEHICLE(T)",
        VehicleKind.Car => "LIGHT MOTOR VEHICLE(NT)",
        _ => "TWO WHEELER(NT)",
    };
}
