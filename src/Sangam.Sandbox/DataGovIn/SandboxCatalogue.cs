namespace Sangam.Sandbox.DataGovIn;

/// <summary>The vocabulary the sandbox companies are made of: states with their RoCs, lines of business, name words.</summary>
internal static class SandboxCatalogue
{
    public sealed record Region(string Letters, string State, string RocCode, string[] Cities, int PinPrefix);

    public sealed record Business(string NicCode, string Activity, string[] NameWords);

    public static readonly Region[] Regions =
    [
        new("MH", "Maharashtra", "RoC-Mumbai", ["Mumbai", "Thane", "Navi Mumbai"], 400),
        new("MH", "Maharashtra", "RoC-Pune", ["Pune", "Nashik", "Aurangabad"], 411),
        new("DL", "Delhi", "RoC-Delhi", ["New Delhi", "Delhi"], 110),
        new("KA", "Karnataka", "RoC-Bangalore", ["Bengaluru", "Mysuru", "Hubballi"], 560),
        new("TN", "Tamil Nadu", "RoC-Chennai", ["Chennai", "Coimbatore", "Madurai"], 600),
        new("GJ", "Gujarat", "RoC-Ahmedabad", ["Ahmedabad", "Surat", "Vadodara", "Rajkot"], 380),
        new("WB", "West Bengal", "RoC-Kolkata", ["Kolkata", "Howrah", "Durgapur"], 700),
        new("TG", "Telangana", "RoC-Hyderabad", ["Hyderabad", "Secunderabad"], 500),
        new("UP", "Uttar Pradesh", "RoC-Kanpur", ["Kanpur", "Lucknow", "Noida", "Ghaziabad"], 208),
        new("RJ", "Rajasthan", "RoC-Jaipur", ["Jaipur", "Udaipur", "Jodhpur"], 302),
        new("HR", "Haryana", "RoC-Delhi", ["Gurugram", "Faridabad", "Panipat"], 122),
        new("KL", "Kerala", "RoC-Ernakulam", ["Kochi", "Thiruvananthapuram", "Kozhikode"], 682),
        new("PB", "Punjab", "RoC-Chandigarh", ["Ludhiana", "Amritsar", "Jalandhar"], 141),
        new("MP", "Madhya Pradesh", "RoC-Gwalior", ["Indore", "Bhopal", "Gwalior"], 452),
        new("OR", "Odisha", "RoC-Cuttack", ["Bhubaneswar", "Cuttack", "Rourkela"], 751),
        new("BR", "Bihar", "RoC-Patna", ["Patna", "Gaya"], 800),
        new("AS", "Assam", "RoC-Shillong", ["Guwahati", "Dibrugarh"], 781),
    ];

    public static readonly Business[] Businesses =
    [
        new("49231", "Freight transport by road", ["Roadways", "Transport", "Freight Carriers", "Logistics", "Roadlines"]),
        new("52291", "Activities of freight forwarders and cargo agents", ["Freight Forwarders", "Shipping Agencies", "Cargo Movers", "Express Cargo"]),
        new("52109", "Warehousing and storage", ["Warehousing", "Cold Chain", "Storage Solutions", "Logistics Parks"]),
        new("72900", "Other computer related activities", ["Infotech", "Software Solutions", "Technologies", "Digital Systems", "Data Services"]),
        new("17110", "Preparation and spinning of textile fibres", ["Textiles", "Spinning Mills", "Fabrics", "Cotton Mills"]),
        new("10611", "Grain mill products", ["Agro Foods", "Flour Mills", "Food Products", "Agro Industries"]),
        new("24105", "Manufacture of basic iron and steel", ["Steel", "Alloys", "Metal Industries", "Ispat"]),
        new("46909", "Wholesale trade of a variety of goods", ["Traders", "Trading Company", "Enterprises", "Distributors", "Impex"]),
        new("41001", "Construction of buildings", ["Constructions", "Infrastructure", "Builders", "Developers"]),
        new("21002", "Manufacture of pharmaceuticals", ["Pharma", "Life Sciences", "Healthcare", "Drugs and Chemicals"]),
        new("35105", "Electric power generation", ["Power", "Energy", "Solar Energy", "Green Power"]),
        new("64990", "Other financial service activities", ["Finance", "Capital", "Investments", "Fincorp", "Credit"]),
    ];

    public static readonly string[] Prefixes =
    [
        "Shree", "Sri", "Bharat", "Hindustan", "Sahyadri", "Ganga", "Yamuna", "Deccan", "Konkan", "Narmada", "Kaveri",
        "Himalaya", "Vindhya", "Malabar", "Coromandel", "Aravali", "Saraswati", "Lakshmi", "Ganesh", "Om Sai", "Navbharat",
        "Suryoday", "Indus", "Triveni", "Satpura", "Nilgiri", "Godavari", "Krishna", "Mahanadi", "Brahmaputra",
        "Vaishnavi", "Annapurna", "Kesari", "Pragati", "Unnati", "Samruddhi", "Prithvi", "Akash", "Agni", "Tapti",
    ];

    public static readonly string[] Surnames =
    [
        "Agarwal", "Patel", "Reddy", "Iyer", "Menon", "Shah", "Mehta", "Gupta", "Singh", "Rao", "Nair", "Joshi",
        "Kulkarni", "Banerjee", "Das", "Chopra", "Bansal", "Jain", "Khanna", "Desai", "Goyal", "Pillai", "Sethi", "Bose",
    ];

    public static readonly string[] Streets =
    [
        "MG Road", "Station Road", "Industrial Area Phase II", "MIDC Industrial Estate", "Ring Road", "Transport Nagar",
        "GIDC Estate", "Nehru Place", "Park Street", "Anna Salai", "Residency Road", "Civil Lines", "Sector 18",
        "Linking Road", "Old Mahabalipuram Road", "Hitech City Road", "Salt Lake Sector V",
    ];

    /// <summary>Company status and its share of companies, by the weights of a typical RoC.</summary>
    public static readonly (string Status, int Weight)[] CompanyStatuses =
    [
        ("Active", 68), ("Strike Off", 12), ("Under Process of Striking Off", 3), ("Amalgamated", 3), ("Dormant", 3),
        ("Under Liquidation", 2), ("Liquidated", 2), ("Dissolved", 2), ("Active In Progress", 2), ("Converted to LLP", 1),
        ("Not Available for eFiling", 1), ("Dormant Under Section 455", 1),
    ];

    public static readonly (string Status, int Weight)[] LlpStatuses =
        [("Active", 80), ("Strike Off", 15), ("Under Process of Striking Off", 5)];

    public static readonly decimal[] AuthorisedCapitals = [100_000m, 500_000m, 1_000_000m, 2_500_000m, 5_000_000m, 10_000_000m, 50_000_000m, 250_000_000m, 1_000_000_000m];
}
