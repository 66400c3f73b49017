using System.Globalization;
using static Sangam.Sandbox.DataGovIn.SandboxCatalogue;

namespace Sangam.Sandbox.DataGovIn;

/// <summary>
/// The sandbox's company register: a few well-known entries for the documentation, then a few thousand companies and
/// LLPs across states, RoCs, lines of business, classes and statuses, generated from a fixed seed so every sandbox
/// holds the same data. About a third of active companies have financials; every fifth generated company is known
/// only to the data.gov.in emulator (<see cref="SandboxCompany.InRegistry"/>).
/// </summary>
public static class SandboxCompanies
{
    public const int GeneratedCount = 3_000;

    /// <summary>In the registry, listed, with three years of financials.</summary>
    public const string ListedWithFinancials = "L72900MH2000PLC128943";

    /// <summary>Known only to the data.gov.in emulator: the first lookup goes to the live source.</summary>
    public const string LiveOnly = "U52291DL2015PTC281234";

    /// <summary>An LLP in the registry.</summary>
    public const string Llp = "AAB-1234";

    /// <summary>A valid CIN that no source knows.</summary>
    public const string Unknown = "U99999MH2020PTC999999";

    private static readonly Lazy<IReadOnlyList<SandboxCompany>> Dataset = new(Generate);
    private static readonly Lazy<IReadOnlyDictionary<string, SandboxCompany>> Index =
        new(() => Dataset.Value.ToDictionary(c => c.Cin, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<SandboxCompany> All => Dataset.Value;

    public static SandboxCompany? Find(string cin) => Index.Value.GetValueOrDefault(cin);

    private static List<SandboxCompany> Generate()
    {
        var companies = WellKnown();
        var cins = companies.Select(c => c.Cin).ToHashSet();
        var names = companies.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var random = new Random(20_240_601);
        var total = companies.Count + GeneratedCount;
        while (companies.Count < total)
        {
            var company = NextCompany(random, companies.Count);
            if (cins.Add(company.Cin) && names.Add(company.Name))
            {
                companies.Add(company);
            }
        }

        return companies;
    }

    private static SandboxCompany NextCompany(Random random, int index)
    {
        var region = Pick(random, Regions);
        var business = Pick(random, Businesses);
        var city = Pick(random, region.Cities);
        var year = random.Next(1956, 2025);
        var date = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
        var isLlp = year >= 2009 && random.Next(100) < 45;
        var type = isLlp ? "LLP" : Weighted(random, [("PTC", 70), ("PLC", 12), ("OPC", 8), ("NPL", 3), ("FTC", 3), ("GOI", 2), ("SGC", 2)]);
        var listed = type == "PLC" && random.Next(100) < 30;
        var status = Weighted(random, isLlp ? LlpStatuses : CompanyStatuses);
        var cin = isLlp
            ? string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + random.Next(3))}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}-{random.Next(1000, 10_000)}")
            : string.Create(CultureInfo.InvariantCulture, $"{(listed ? 'L' : 'U')}{business.NicCode}{region.Letters}{year}{type}{random.Next(1_000, 400_000):D6}");
        var authorised = Pick(random, AuthorisedCapitals);
        var paidUp = Math.Round(authorised * random.Next(10, 101) / 100m, 0);
        var hasFinancials = !isLlp && status == "Active" && random.Next(100) < 35;
        return new SandboxCompany
        {
            Cin = cin,
            Name = NameFor(random, type, business, city),
            RocCode = region.RocCode,
            Category = isLlp ? "Limited Liability Partnership" : type == "NPL" ? "Company limited by guarantee" : "Company limited by shares",
            SubCategory = type switch
            {
                "GOI" => "Union Government company",
                "SGC" => "State Government company",
                "FTC" => "subsidiary of company incorporated outside India",
                _ => "Non-government company",
            },
            CompanyClass = isLlp ? "LLP" : type switch { "PLC" or "GOI" or "SGC" => "Public", "OPC" => "One Person Company", _ => "Private" },
            AuthorizedCapital = isLlp ? 0 : authorised,
            PaidUpCapital = isLlp ? 0 : paidUp,
            IncorporationDate = date,
            RegisteredAddress = string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(1, 400)}, {Pick(random, Streets)}, {city}, {region.State}, India, {region.PinPrefix * 1000 + random.Next(1, 99):D6}"),
            ListingStatus = listed ? "Listed" : "Unlisted",
            Status = status,
            State = region.State,
            NicCode = business.NicCode,
            Activity = business.Activity,
            Email = random.Next(100) < 55 ? $"compliance@{Slug(city)}{index}.example" : null,
            ContactNumber = random.Next(100) < 30 ? string.Create(CultureInfo.InvariantCulture, $"0{random.Next(11, 90)}-{random.Next(20_000_000, 29_999_999)}") : null,
            FinancialAuditStatus = isLlp ? null : hasFinancials ? "YES" : "NO",
            Financials = hasFinancials ? FinancialsFor(random, paidUp) : [],
            InRegistry = index % 5 != 4,
        };
    }

    private static string NameFor(Random random, string type, Business business, string city)
    {
        var words = Pick(random, business.NameWords);
        var stem = random.Next(4) switch
        {
            0 => $"{Pick(random, Prefixes)} {words}",
            1 => $"{Pick(random, Surnames)} {words}",
            2 => $"{Pick(random, Prefixes)} {Pick(random, Surnames)} {words}",
            _ => $"{Pick(random, Prefixes)} {city} {words}",
        };
        return type switch
        {
            "LLP" => stem + " LLP",
            "PLC" or "GOI" or "SGC" => stem + " Limited",
            "OPC" => stem + " (OPC) Private Limited",
            "NPL" => $"{Pick(random, Prefixes)} {Pick(random, Surnames)} Foundation",
            "FTC" => stem + " India Private Limited",
            _ => stem + " Private Limited",
        };
    }

    private static SandboxFinancials[] FinancialsFor(Random random, decimal paidUp)
    {
        var turnover = Math.Round(paidUp * random.Next(2, 40) + random.Next(100_000, 10_000_000), 0);
        return [.. Enumerable.Range(2021, 3).Select(year =>
        {
            turnover = Math.Round(turnover * (0.85m + random.Next(0, 40) / 100m), 0);
            var margin = (random.Next(0, 25) - 6) / 100m;
            return new SandboxFinancials(year, turnover, Math.Round(turnover * margin, 0));
        })];
    }

    private static List<SandboxCompany> WellKnown() =>
    [
        new()
        {
            Cin = ListedWithFinancials, Name = "Sahyadri Infotech Limited", RocCode = "RoC-Mumbai", Category = "Company limited by shares",
            SubCategory = "Non-government company", CompanyClass = "Public", AuthorizedCapital = 250_000_000m, PaidUpCapital = 182_500_000m,
            IncorporationDate = new DateOnly(2000, 10, 3), ListingStatus = "Listed", Status = "Active", State = "Maharashtra",
            RegisteredAddress = "Unit 402, Sahyadri Tech Park, Andheri East, Mumbai, Maharashtra, India, 400093",
            NicCode = "72900", Activity = "Other computer related activities", Email = "investors@sahyadri-infotech.example",
            FinancialAuditStatus = "YES",
            Financials = [new(2021, 498_200_000m, 4_130_000m), new(2022, 561_519_000m, 6_757_000m), new(2023, 602_004_000m, -1_250_000m)],
        },
        new()
        {
            Cin = LiveOnly, Name = "Yamuna Cargo Movers Private Limited", RocCode = "RoC-Delhi", Category = "Company limited by shares",
            SubCategory = "Non-government company", CompanyClass = "Private", AuthorizedCapital = 5_000_000m, PaidUpCapital = 1_000_000m,
            IncorporationDate = new DateOnly(2015, 7, 21), ListingStatus = "Unlisted", Status = "Active", State = "Delhi",
            RegisteredAddress = "B-14, Transport Nagar, New Delhi, Delhi, India, 110042", NicCode = "52291",
            Activity = "Activities of freight forwarders and cargo agents", InRegistry = false,
        },
        new()
        {
            Cin = Llp, Name = "Konkan Freight Carriers LLP", RocCode = "RoC-Pune", Category = "Limited Liability Partnership",
            SubCategory = "Non-government company", CompanyClass = "LLP", AuthorizedCapital = 0, PaidUpCapital = 0,
            IncorporationDate = new DateOnly(2012, 2, 14), ListingStatus = "Unlisted", Status = "Active", State = "Maharashtra",
            RegisteredAddress = "Gat No. 112, Chakan Industrial Area, Pune, Maharashtra, India, 410501", NicCode = "49231",
            Activity = "Freight transport by road", ContactNumber = "020-27450011",
        },
    ];

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Weighted(Random random, (string Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private static string Slug(string city) => city.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
