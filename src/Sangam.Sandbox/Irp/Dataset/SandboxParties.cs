using System.Globalization;
using Sangam.India;
using Sangam.India.Tax;

namespace Sangam.Sandbox.Irp.Dataset;

/// <summary>Where a party is registered: GST state code and a plausible address.</summary>
internal sealed record Place(string StateCode, string City, string Locality, int Pin);

/// <summary>A seller or buyer of the sandbox dataset.</summary>
internal sealed record Party(string Gstin, string LegalName, string TradeName, Place Place);

/// <summary>
/// The parties of the sandbox dataset: the configured taxpayers and a pool of counterparties with valid GSTINs
/// (check character included), realistic names and addresses across states. Deterministic for a given seed.
/// </summary>
internal static class SandboxParties
{
    private static readonly Place[] Places =
    [
        new("27", "MUMBAI", "ANDHERI EAST", 400069), new("27", "PUNE", "BHOSARI MIDC", 411026),
        new("24", "AHMEDABAD", "NARODA GIDC", 382330), new("24", "SURAT", "SACHIN GIDC", 394230),
        new("06", "GURUGRAM", "UDYOG VIHAR", 122016), new("07", "NEW DELHI", "OKHLA PHASE II", 110020),
        new("29", "BENGALURU", "PEENYA INDUSTRIAL AREA", 560058), new("33", "CHENNAI", "AMBATTUR ESTATE", 600058),
        new("36", "HYDERABAD", "JEEDIMETLA", 500055), new("09", "NOIDA", "SECTOR 63", 201301),
        new("19", "KOLKATA", "TARATALA", 700088), new("08", "JAIPUR", "VISHWAKARMA AREA", 302013),
        new("03", "LUDHIANA", "FOCAL POINT", 141010), new("23", "INDORE", "SANWER ROAD", 452015),
        new("32", "KOCHI", "KAKKANAD", 682030), new("10", "PATNA", "PATLIPUTRA ESTATE", 800013),
    ];

    private static readonly string[] NameStems =
    [
        "SHREE GANESH", "BHARAT", "SAI KRISHNA", "VARDHMAN", "ANNAPURNA", "KAVERI", "HIMALAYA", "SAHYADRI",
        "OM SAI", "NAVKAR", "LAKSHMI", "ASHOKA", "TRIMURTI", "EVEREST", "GANGA", "NARMADA",
    ];

    private static readonly string[] Trades =
    [
        "POLYMERS", "TEXTILES", "STEEL TRADERS", "AGRO FOODS", "PACKAGING", "AUTO COMPONENTS",
        "PHARMA DISTRIBUTORS", "LOGISTICS", "CHEMICALS", "ELECTRICALS", "PAPER MILLS", "CEMENT AGENCIES",
    ];

    private static readonly string[] Forms = ["PRIVATE LIMITED", "PVT LTD", "LLP", "& CO"];

    public static Party Taxpayer(SandboxTaxpayer taxpayer)
    {
        var code = taxpayer.Gstin[..2];
        var place = Array.Find(Places, p => p.StateCode == code)
            ?? new Place(code, IndianStates.TryGetByCode(code, out var state) ? state.Name.ToUpperInvariant() : "HEAD OFFICE", "MAIN ROAD", 110001);
        var name = taxpayer.LegalName.ToUpperInvariant();
        return new Party(taxpayer.Gstin, name, name, place);
    }

    /// <summary>Counterparties of the dataset, different for every seed but always the same for one seed.</summary>
    public static IReadOnlyList<Party> Counterparties(int seed, int count)
    {
        var random = new Random(seed);
        var parties = new List<Party>(count);
        for (var i = 0; i < count; i++)
        {
            var stem = NameStems[random.Next(NameStems.Length)];
            var trade = Trades[random.Next(Trades.Length)];
            var form = Forms[random.Next(Forms.Length)];
            var place = Places[random.Next(Places.Length)];
            var legalName = $"{stem} {trade} {form}";
            parties.Add(new Party(NewGstin(random, place.StateCode, form, stem), legalName, $"{stem} {trade}", place));
        }

        return parties;
    }

    private static string NewGstin(Random random, string stateCode, string form, string stem)
    {
        // PAN: three letters, the holder type (C company, F firm), the first letter of the name, four digits, a letter.
        var holder = form is "LLP" or "& CO" ? 'F' : 'C';
        var pan = string.Create(CultureInfo.InvariantCulture,
            $"{Letter(random)}{Letter(random)}{Letter(random)}{holder}{stem[0]}{random.Next(1000, 10000)}{Letter(random)}");
        var first14 = stateCode + pan + "1Z";
        return first14 + Gstin.ComputeCheckCharacter(first14);
    }

    private static char Letter(Random random) => (char)('A' + random.Next(26));
}
