namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>A regional transport office. <see cref="DateFormat"/> is how that state's VAHAN writes dates (it varies).</summary>
public sealed record RtoOffice(string Code, string Office, string District, string State, string DateFormat)
{
    public string StateLetters => Code[..2];

    /// <summary>The sandbox's offices: 20 states and union territories.</summary>
    public static IReadOnlyList<RtoOffice> All { get; } =
    [
        new("MH12", "PUNE", "Pune", "Maharashtra", "dd-MMM-yyyy"),
        new("MH04", "THANE", "Thane", "Maharashtra", "dd-MMM-yyyy"),
        new("MH43", "NAVI MUMBAI (VASHI)", "Thane", "Maharashtra", "dd-MMM-yyyy"),
        new("GJ01", "AHMEDABAD", "Ahmedabad", "Gujarat", "dd-MM-yyyy"),
        new("GJ05", "SURAT", "Surat", "Gujarat", "dd-MM-yyyy"),
        new("RJ14", "JAIPUR", "Jaipur", "Rajasthan", "dd-MMM-yyyy"),
        new("HR55", "GURUGRAM (COMMERCIAL)", "Gurugram", "Haryana", "yyyy-MM-dd"),
        new("HR38", "FARIDABAD", "Faridabad", "Haryana", "yyyy-MM-dd"),
        new("PB10", "LUDHIANA", "Ludhiana", "Punjab", "dd-MM-yyyy"),
        new("UP16", "NOIDA", "Gautam Buddha Nagar", "Uttar Pradesh", "dd-MMM-yyyy"),
        new("UP32", "LUCKNOW", "Lucknow", "Uttar Pradesh", "dd-MMM-yyyy"),
        new("MP09", "INDORE", "Indore", "Madhya Pradesh", "dd-MM-yyyy"),
        new("KA01", "BENGALURU (KORAMANGALA)", "Bengaluru Urban", "Karnataka", "dd-MMM-yyyy"),
        new("KA51", "BENGALURU (ELECTRONIC CITY)", "Bengaluru Urban", "Karnataka", "dd-MMM-yyyy"),
        new("TN09", "CHENNAI (K K NAGAR)", "Chennai", "Tamil Nadu", "dd-MM-yyyy"),
        new("TN38", "COIMBATORE (NORTH)", "Coimbatore", "Tamil Nadu", "dd-MM-yyyy"),
        new("TG09", "HYDERABAD (CENTRAL)", "Hyderabad", "Telangana", "yyyy-MM-dd"),
        new("AP16", "VIJAYAWADA", "NTR", "Andhra Pradesh", "dd-MM-yyyy"),
        new("WB02", "KOLKATA (BEHALA)", "Kolkata", "West Bengal", "dd-MMM-yyyy"),
        new("OD02", "BHUBANESWAR", "Khordha", "Odisha", "dd-MM-yyyy"),
        new("BR01", "PATNA", "Patna", "Bihar", "dd-MMM-yyyy"),
        new("JH01", "RANCHI", "Ranchi", "Jharkhand", "dd-MM-yyyy"),
        new("KL07", "ERNAKULAM", "Ernakulam", "Kerala", "dd-MM-yyyy"),
        new("CG04", "RAIPUR", "Raipur", "Chhattisgarh", "dd-MMM-yyyy"),
        new("AS01", "GUWAHATI", "Kamrup Metropolitan", "Assam", "dd-MM-yyyy"),
        new("UK07", "DEHRADUN", "Dehradun", "Uttarakhand", "dd-MMM-yyyy"),
        new("JK02", "JAMMU", "Jammu", "Jammu and Kashmir", "dd-MM-yyyy"),
    ];

    public static RtoOffice Get(string code) => All.First(o => o.Code == code);
}
