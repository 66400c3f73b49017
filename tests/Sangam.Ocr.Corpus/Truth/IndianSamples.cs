using Sangam.India;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Realistic Indian business data to draw documents from.</summary>
internal static class IndianSamples
{
    /// <summary>Cities with their GST state code and PIN prefix; state names come from Sangam.India's table.</summary>
    public static readonly (string City, string State, string Code, string PinPrefix)[] Places =
    [.. new (string City, string Code, string PinPrefix)[]
    {
        ("Mumbai", "27", "400"),
        ("Pune", "27", "411"),
        ("Bengaluru", "29", "560"),
        ("Chennai", "33", "600"),
        ("Ahmedabad", "24", "380"),
        ("Surat", "24", "395"),
        ("New Delhi", "07", "110"),
        ("Gurugram", "06", "122"),
        ("Kolkata", "19", "700"),
        ("Hyderabad", "36", "500"),
        ("Jaipur", "08", "302"),
        ("Lucknow", "09", "226"),
        ("Ludhiana", "03", "141"),
        ("Kochi", "32", "682"),
        ("Indore", "23", "452"),
    }.Select(place => (place.City, IndianStates.All.First(state => state.GstCode == place.Code).Name, place.Code, place.PinPrefix))];

    public static readonly string[] CompanyStems =
    [
        "Shree Balaji", "Sai Krishna", "Ganesh", "Mahalaxmi", "Vardhman", "Bharat", "Kaveri", "Sahyadri", "Narmada",
        "Annapurna", "Trimurti", "Shivam", "Radhe", "Om Sai", "Navkar", "Patel", "Agarwal", "Reddy", "Iyer", "Kapoor",
    ];

    public static readonly string[] CompanyTrades =
    [
        "Steel Traders", "Polymers", "Agro Foods", "Textiles", "Electricals", "Auto Components", "Pharma Distributors",
        "Packaging Industries", "Logistics", "Hardware Mart", "Chemicals", "Paper Mills", "Engineering Works",
    ];

    public static readonly string[] CompanySuffixes = ["Pvt Ltd", "Private Limited", "LLP", "& Co", "Enterprises", "Industries Ltd"];

    public static readonly string[] Streets =
    [
        "Plot No. 14, MIDC Industrial Area", "Shop 7, Crawford Market", "No. 221, 2nd Cross, Peenya Phase II",
        "Survey No. 88, GIDC Estate", "B-45, Okhla Industrial Area Phase I", "12/3, Anna Salai", "Gala No. 5, Bhiwandi Road",
        "Unit 302, Trade Centre, MG Road", "Khasra No. 91, Sector 37", "Door No. 4-56, Jubilee Hills", "Godown 9, Transport Nagar",
    ];

    public static readonly (string Description, string Hsn, string Uom, decimal Rate, decimal MinPrice, decimal MaxPrice)[] Goods =
    [
        ("MS Angle 50x50x5 mm", "72162100", "KGS", 18, 52, 68),
        ("HDPE Granules Blow Grade", "39012000", "KGS", 18, 95, 130),
        ("Basmati Rice 1121 Sella", "10063020", "BAG", 5, 2400, 3600),
        ("Cotton Yarn 40s Combed", "52051200", "KGS", 5, 260, 340),
        ("LED Panel Light 18W", "94054090", "NOS", 12, 380, 720),
        ("Brake Pad Set Front", "87083000", "SET", 28, 650, 1400),
        ("Paracetamol Tablets IP 500mg", "30049099", "BOX", 12, 85, 160),
        ("Corrugated Box 5 Ply", "48191010", "NOS", 12, 28, 64),
        ("Copper Wire 2.5 sq mm", "85444999", "MTR", 18, 34, 52),
        ("Cement OPC 53 Grade", "25232930", "BAG", 28, 340, 420),
        ("Stainless Steel Sheet 304", "72193400", "KGS", 18, 210, 280),
        ("Kraft Paper Roll 120 GSM", "48043100", "KGS", 12, 48, 72),
        ("Hydraulic Hose Assembly", "40093100", "NOS", 18, 900, 2100),
        ("Ceiling Fan 1200 mm", "84145110", "NOS", 18, 1450, 2600),
        ("Freight Charges", "996511", "NOS", 18, 1500, 6000),
    ];

    public static readonly string[] PaymentTerms = ["Net 30", "Immediate", "Net 45", "15 Days", "Advance"];
}
