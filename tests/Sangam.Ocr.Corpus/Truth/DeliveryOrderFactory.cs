namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Makes realistic delivery orders from a seed.</summary>
public static class DeliveryOrderFactory
{
    /// <param name="seed">Same seed, same order.</param>
    /// <param name="containerCount">Containers released.</param>
    /// <param name="misprintedContainer">Index of a container whose number is printed with a wrong check digit, as happens on hand-typed orders.</param>
    public static DeliveryOrderTruth Create(int seed, int containerCount = 3, int? misprintedContainer = null)
    {
        var random = new Random(seed);
        var (line, owner) = ShippingSamples.Lines[random.Next(ShippingSamples.Lines.Length)];
        var port = ShippingSamples.Ports[random.Next(ShippingSamples.Ports.Length)];
        var igmDate = new DateOnly(2024, 1, 1).AddDays(random.Next(600));
        var doDate = igmDate.AddDays(2 + random.Next(6));
        var containers = Enumerable.Range(0, containerCount)
            .Select(_ => new ContainerLine(
                SampleIdentifiers.Container(random, owner),
                ShippingSamples.SizeTypes[random.Next(ShippingSamples.SizeTypes.Length)],
                $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(100000, 999999)}",
                random.Next(20, 900),
                Math.Round(4000 + ((decimal)random.NextDouble() * 22000), 2)))
            .ToList();
        if (misprintedContainer is int index)
        {
            var number = containers[index].Number;
            containers[index] = containers[index] with { Number = number[..^1] + (char)('0' + ((number[^1] - '0' + 1) % 10)) };
        }

        return new DeliveryOrderTruth
        {
            ShippingLine = line,
            DoNumber = $"DO{owner}{random.Next(1000000, 9999999)}",
            DoDate = doDate,
            ValidTill = doDate.AddDays(7 + random.Next(8)),
            BlNumber = $"{owner}{SampleIdentifiers.Digits(random, 9)}",
            VesselName = ShippingSamples.Vessels[random.Next(ShippingSamples.Vessels.Length)],
            VoyageNumber = $"{random.Next(100, 999)}{(char)('A' + random.Next(26))}",
            IgmNumber = SampleIdentifiers.Digits(random, 7),
            IgmDate = igmDate,
            LineNumber = random.Next(1, 400).ToString(System.Globalization.CultureInfo.InvariantCulture),
            PortOfDischarge = port.Port,
            CfsName = ShippingSamples.Cfss[random.Next(ShippingSamples.Cfss.Length)],
            ConsigneeName = $"{Pick(random, IndianSamples.CompanyStems)} {Pick(random, IndianSamples.CompanyTrades)} {Pick(random, IndianSamples.CompanySuffixes)}",
            ChaName = ShippingSamples.Brokers[random.Next(ShippingSamples.Brokers.Length)],
            Containers = containers,
        };
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
