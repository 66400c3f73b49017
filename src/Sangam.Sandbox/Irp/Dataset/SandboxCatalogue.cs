namespace Sangam.Sandbox.Irp.Dataset;

/// <summary>A line a sandbox invoice can carry: NIC unit code, price range and GST rate.</summary>
internal sealed record CatalogueItem(string Description, string HsnCode, string Unit, decimal MinPrice, decimal MaxPrice, decimal GstRate, bool IsService);

/// <summary>Goods and services typical of the logistics and trading businesses Sangam serves.</summary>
internal static class SandboxCatalogue
{
    public static IReadOnlyList<CatalogueItem> Items { get; } =
    [
        new("HDPE WOVEN SACKS", "39232990", "BAG", 18m, 35m, 18m, false),
        new("CORRUGATED BOXES 5 PLY", "48191010", "NOS", 25m, 60m, 12m, false),
        new("MS ANGLE 50X50X5", "72162100", "KGS", 55m, 70m, 18m, false),
        new("BASMATI RICE 25 KG", "10063020", "BAG", 1800m, 2600m, 5m, false),
        new("COTTON YARN 30S", "52052410", "KGS", 240m, 320m, 5m, false),
        new("PVC PIPES 110 MM", "39172390", "NOS", 450m, 900m, 18m, false),
        new("ENGINE OIL 15W40 20 L", "27101980", "NOS", 3200m, 4800m, 18m, false),
        new("TRUCK TYRE 10.00-20 16PR", "40112010", "NOS", 16000m, 21000m, 28m, false),
        new("PORTLAND CEMENT 53 GRADE", "25232930", "BAG", 340m, 420m, 28m, false),
        new("PARACETAMOL TABLETS 500 MG", "30049099", "BOX", 18m, 30m, 12m, false),
        new("LED PANEL 18 W", "94054090", "NOS", 280m, 520m, 18m, false),
        new("GOODS TRANSPORT AGENCY SERVICES", "996791", "OTH", 12000m, 85000m, 12m, true),
        new("WAREHOUSING SERVICES", "996729", "OTH", 20000m, 150000m, 18m, true),
    ];

    public static IReadOnlyList<CatalogueItem> Goods { get; } = Items.Where(item => !item.IsService).ToList();
}
