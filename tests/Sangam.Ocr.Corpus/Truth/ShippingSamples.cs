namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Realistic Indian import-side data: lines, vessels, ports, CFSs, brokers.</summary>
internal static class ShippingSamples
{
    public static readonly (string Line, string OwnerCode)[] Lines =
    [
        ("Maersk Line India Pvt Ltd", "MSK"),
        ("Hapag-Lloyd India Pvt Ltd", "HLX"),
        ("CMA CGM Agencies (India) Pvt Ltd", "CMA"),
        ("Ocean Network Express (India) Pvt Ltd", "ONE"),
        ("Evergreen Shipping Agency (India) Pvt Ltd", "EGH"),
    ];

    public static readonly string[] Vessels = ["MAERSK KENSINGTON", "EVER GIVEN", "CMA CGM TIGRIS", "ONE HARMONY", "HYUNDAI PRIDE", "MSC ANNA"];

    public static readonly (string Port, string Code)[] Ports =
    [
        ("Nhava Sheva (JNPT)", "INNSA1"),
        ("Mundra", "INMUN1"),
        ("Chennai", "INMAA1"),
        ("Kolkata", "INCCU1"),
        ("Cochin", "INCOK1"),
    ];

    public static readonly string[] Cfss = ["Speedy CFS", "Ameya Logistics CFS", "Gateway Distriparks CFS", "Allcargo CFS", "CWC CFS Dronagiri"];

    public static readonly string[] Brokers = ["Jeena & Co", "Kapoor Customs Brokers Pvt Ltd", "Trident Clearing Agency", "Sea Bird Shipping Services"];

    public static readonly string[] SizeTypes = ["20GP", "40GP", "40HC", "20RF"];

    public static readonly (string Country, string Port, string Currency)[] Origins =
    [
        ("CHINA", "SHANGHAI", "USD"),
        ("GERMANY", "HAMBURG", "EUR"),
        ("JAPAN", "YOKOHAMA", "JPY"),
        ("UNITED STATES", "NEW YORK", "USD"),
        ("SINGAPORE", "SINGAPORE", "SGD"),
    ];
}
