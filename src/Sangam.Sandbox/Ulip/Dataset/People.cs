namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>Fictional people, firms and addresses, and the masking ULIP applies to names and numbers.</summary>
public static class People
{
    private static readonly string[] MaleNames =
    [
        "RAJESH", "SURESH", "MAHESH", "RAMESH", "SUNIL", "ANIL", "VIJAY", "SANJAY", "MANOJ", "DEEPAK", "ARUN", "KARAN",
        "HARPREET", "GURPREET", "MOHAMMED", "IMRAN", "SANTOSH", "PRAKASH", "VENKATESH", "SRINIVAS", "MURUGAN", "BALAJI",
        "SUBHASH", "BIKASH", "PRADEEP", "ABHISHEK", "ROHIT", "NITIN", "JOSEPH", "THOMAS", "KULDEEP", "RAVINDRA",
    ];

    private static readonly string[] FemaleNames =
    [
        "SUNITA", "ANITA", "KAVITA", "PRIYA", "LAKSHMI", "MEENA", "GEETA", "POOJA", "REKHA", "FATIMA", "DIVYA", "SHALINI",
    ];

    private static readonly string[] Surnames =
    [
        "KUMAR", "SHARMA", "YADAV", "SINGH", "PATEL", "SHAH", "DESAI", "PATIL", "JADHAV", "KULKARNI", "REDDY", "RAO",
        "NAIDU", "IYER", "PILLAI", "NAIR", "MENON", "DAS", "GHOSH", "MONDAL", "PANDA", "MOHANTY", "GUPTA", "VERMA",
        "CHAUHAN", "GILL", "SANDHU", "KHAN", "ANSARI", "MISHRA", "TIWARI", "JOSHI",
    ];

    private static readonly string[] FirmSuffixes =
    [
        "ROADLINES", "TRANSPORT CO", "LOGISTICS PVT LTD", "CARRIERS", "FREIGHT MOVERS", "TRAVELS", "GOODS TRANSPORT",
    ];

    private static readonly string[] FirmNames =
    [
        "SHREE GANESH", "JAI BHAVANI", "SAI KRUPA", "BALAJI", "NEW INDIA", "OM SAI", "GURU NANAK", "SRI MURUGAN",
        "MAA DURGA", "RAJDHANI", "DECCAN", "KAVERI", "SURYA", "ANNAPURNA", "JAI MATA DI", "VIJAYA",
    ];

    private static readonly string[] Streets =
    [
        "STATION ROAD", "MG ROAD", "GANDHI NAGAR", "NEHRU CHOWK", "TRANSPORT NAGAR", "MARKET YARD", "CIVIL LINES",
        "INDUSTRIAL AREA PHASE 2", "RING ROAD", "BAZAR PETH", "SECTOR 14", "MAIN ROAD",
    ];

    public static (string Name, bool Female) Person(Random random)
    {
        var female = random.Chance(0.2);
        return ($"{random.Pick(female ? FemaleNames : MaleNames)} {random.Pick(Surnames)}", female);
    }

    public static string FatherOf(Random random, string name) => $"{random.Pick(MaleNames)} {name[(name.LastIndexOf(' ') + 1)..]}";

    public static string Firm(Random random) => $"{random.Pick(FirmNames)} {random.Pick(FirmSuffixes)}";

    public static string Address(Random random, RtoOffice rto) =>
        $"{random.Between(1, 450)}, {random.Pick(Streets)}, {rto.District.ToUpperInvariant()}, {rto.State.ToUpperInvariant()} {random.Between(110, 855)}{random.Digits(3)}";

    /// <summary>ULIP's masking of names: each word keeps its first and last letter (<c>D****K Y***V</c>).</summary>
    public static string MaskName(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Length switch
    {
        1 => word,
        2 => word[0] + "*",
        _ => word[0] + new string('*', word.Length - 2) + word[^1],
    }));

    /// <summary>Keeps the first <paramref name="visible"/> characters and masks the tail, as VAHAN does for chassis and engine numbers.</summary>
    public static string MaskTail(string value, int visible) => value[..visible] + new string('*', value.Length - visible);
}
