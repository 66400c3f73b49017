using Sangam.Api.Connectors.Ulip.Payloads;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>What a vehicle is, as far as permits, FASTags and driving licences are concerned.</summary>
public enum VehicleGroup
{
    TwoWheeler,
    ThreeWheeler,
    Car,

    /// <summary>Transport vehicles up to 7,500 kg (light goods, taxis).</summary>
    LightTransport,
    MediumGoods,
    HeavyGoods,
    Bus,
}

internal static class VehicleGroups
{
    /// <summary>
    /// The licence classes (SARATHI <c>covabbrv</c>) that allow driving each group. Since the Supreme Court's 2024
    /// ruling (Bajaj Alliance v. Rambha Devi) an LMV licence covers transport vehicles up to 7,500 kg. SARATHI writes
    /// some classes without their space or hyphen (<c>PSVBUS</c>, <c>LMVCAB</c>).
    /// </summary>
    private static readonly Dictionary<VehicleGroup, string[]> Covering = new()
    {
        [VehicleGroup.TwoWheeler] = ["MCWG", "MCWOG", "MC50CC", "MCEX50CC", "MC EX50CC", "FVG"],
        [VehicleGroup.ThreeWheeler] = ["LMV", "LMV-NT", "LMV-TR", "3W-NT", "3W-TR", "3W-CAB", "TRANS", "E-RICKSHAW"],
        [VehicleGroup.Car] = ["LMV", "LMV-NT", "LMV-TR", "LMVCAB", "TRANS"],
        [VehicleGroup.LightTransport] = ["LMV", "LMV-NT", "LMV-TR", "LMVCAB", "TRANS", "LGV", "MGV", "HGMV", "HPMV", "HTV", "HMV"],
        [VehicleGroup.MediumGoods] = ["TRANS", "MGV", "HGMV", "HTV", "HMV"],
        [VehicleGroup.HeavyGoods] = ["TRANS", "HGMV", "HTV", "HMV"],
        [VehicleGroup.Bus] = ["TRANS", "HPMV", "HTV", "HMV", "PSV BUS", "PSVBUS"],
    };

    /// <summary>The group from VAHAN's category, or from its class and gross weight when the category is unfamiliar.</summary>
    public static VehicleGroup? Of(VahanRecord rc) => rc[VahanRecord.Category]?.ToUpperInvariant() switch
    {
        "2WN" or "2WT" or "2WIC" => VehicleGroup.TwoWheeler,
        "3WN" or "3WT" => VehicleGroup.ThreeWheeler,
        "LMV" => VehicleGroup.Car,
        "LPV" or "LGV" => VehicleGroup.LightTransport,
        "MGV" => VehicleGroup.MediumGoods,
        "HGV" => VehicleGroup.HeavyGoods,
        "MPV" or "HPV" => VehicleGroup.Bus,
        _ when rc[VahanRecord.ClassDescription]?.Contains("goods", StringComparison.OrdinalIgnoreCase) == true => rc.Number(VahanRecord.GrossWeight) switch
        {
            > 12_000 => VehicleGroup.HeavyGoods,
            > 7_500 => VehicleGroup.MediumGoods,
            not null => VehicleGroup.LightTransport,
            null => null,
        },
        _ => null,
    };

    /// <summary>Transport vehicles need a permit, fitness renewals and a licence with transport validity.</summary>
    public static bool IsTransport(this VehicleGroup group) =>
        group is VehicleGroup.LightTransport or VehicleGroup.MediumGoods or VehicleGroup.HeavyGoods or VehicleGroup.Bus;

    public static IReadOnlyList<string> CoveringClasses(this VehicleGroup group) => Covering[group];

    public static string Describe(this VehicleGroup group) => group switch
    {
        VehicleGroup.TwoWheeler => "a two-wheeler",
        VehicleGroup.ThreeWheeler => "a three-wheeler",
        VehicleGroup.Car => "a light motor vehicle",
        VehicleGroup.LightTransport => "a light transport vehicle (up to 7,500 kg)",
        VehicleGroup.MediumGoods => "a medium goods vehicle",
        VehicleGroup.HeavyGoods => "a heavy goods vehicle",
        _ => "a bus",
    };
}
