namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Makes realistic bills of entry (air cargo, home consumption) whose duties add up.</summary>
public static class BillOfEntryFactory
{
    private static readonly (string Description, string Cth, string Uqc)[] Goods =
    [
        ("LITHIUM ION BATTERY CELLS", "85076000", "NOS"),
        ("CNC MACHINE SPARE PARTS", "84669390", "KGS"),
        ("POLYESTER FILM ROLLS", "39206919", "KGS"),
        ("LED DRIVER MODULES", "85044090", "NOS"),
        ("STAINLESS STEEL FASTENERS", "73181500", "KGS"),
        ("MEDICAL EXAMINATION GLOVES", "40151900", "PRS"),
    ];

    public static BillOfEntryTruth Create(int seed, int invoiceCount = 2, int itemsPerInvoice = 2)
    {
        var random = new Random(seed);
        var origin = ShippingSamples.Origins[random.Next(ShippingSamples.Origins.Length)];
        var place = IndianSamples.Places[random.Next(IndianSamples.Places.Length)];
        var beDate = new DateOnly(2023, 6, 1).AddDays(random.Next(700));
        var rate = origin.Currency == "JPY" ? Math.Round(0.55m + ((decimal)random.NextDouble() / 10), 4) : Math.Round(82 + ((decimal)random.NextDouble() * 8), 4);
        var invoices = Enumerable.Range(1, invoiceCount)
            .Select(n => new BoeInvoice(
                n,
                $"{origin.Port[..3]}/{random.Next(1000, 99999)}",
                beDate.AddDays(-10 - random.Next(30)),
                new[] { "FOB", "CIF", "CFR", "EXW" }[random.Next(4)],
                Math.Round((decimal)random.NextDouble() * 900, 2),
                origin.Currency,
                Math.Round((decimal)random.NextDouble() * 90, 2),
                origin.Currency))
            .ToList();
        var items = new List<BoeItem>();
        foreach (var invoice in invoices)
        {
            for (var i = 1; i <= itemsPerInvoice; i++)
            {
                var goods = Goods[random.Next(Goods.Length)];
                var assessable = Math.Round(50000 + ((decimal)random.NextDouble() * 900000), 2);
                var basicDuty = Math.Round(assessable * 0.075m, 2);
                var welfareCess = Math.Round(basicDuty * 0.10m, 2);
                var igstRate = new[] { 12m, 18m, 28m }[random.Next(3)];
                var igst = Math.Round((assessable + basicDuty + welfareCess) * igstRate / 100, 2);
                items.Add(new BoeItem(
                    invoice.SerialNumber, i, goods.Description, goods.Cth, goods.Uqc, random.Next(10, 5000),
                    assessable, "50/2017", igstRate, igst, basicDuty + welfareCess + igst));
            }
        }

        return new BillOfEntryTruth
        {
            PortCode = new[] { "INBOM4", "INDEL4", "INMAA4", "INBLR4" }[random.Next(4)],
            BeNumber = SampleIdentifiers.Digits(random, 7),
            BeDate = beDate,
            BeType = "H",
            ImporterName = $"{IndianSamples.CompanyStems[random.Next(IndianSamples.CompanyStems.Length)]} {IndianSamples.CompanyTrades[random.Next(IndianSamples.CompanyTrades.Length)]} Pvt Ltd",
            ImporterAddress = $"{IndianSamples.Streets[random.Next(IndianSamples.Streets.Length)]}, {place.City}, {place.State}",
            ImporterPincode = place.PinPrefix + random.Next(1, 999).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            Iec = SampleIdentifiers.Pan(random, 'C'),
            Gstin = SampleIdentifiers.Gstin(random, place.Code, 'C'),
            CountryOfConsignment = origin.Country,
            PortOfShipment = origin.Port,
            ExchangeRate = rate,
            Packages = random.Next(2, 400),
            GrossWeight = Math.Round(20 + ((decimal)random.NextDouble() * 3000), 3),
            MawbNumber = $"{random.Next(100, 999)}-{random.Next(10000000, 99999999)}",
            MawbDate = beDate.AddDays(-2),
            HawbNumber = $"HAWB{random.Next(100000, 999999)}",
            HawbDate = beDate.AddDays(-3),
            Interest = 0,
            Penalty = 0,
            Fine = 0,
            Invoices = invoices,
            Items = items,
        };
    }
}
