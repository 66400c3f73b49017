namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>A toll plaza at a distance along its route.</summary>
public sealed record TollPlaza(string Name, double Latitude, double Longitude, int Km);

/// <summary>
/// A national-highway corridor with its toll plazas in order. <see cref="Forward"/> is the lane direction of a trip
/// from the first plaza to the last, <see cref="Backward"/> the other way.
/// </summary>
public sealed record TollRoute(string Name, char Forward, char Backward, IReadOnlyList<TollPlaza> Plazas)
{
    public static readonly TollRoute MumbaiPune = new("NH48 Mumbai-Pune Expressway", 'E', 'W',
    [
        new("VASHI TOLL PLAZA", 19.0668, 72.9981, 0),
        new("KHALAPUR TOLL PLAZA", 18.8356, 73.2809, 42),
        new("TALEGAON TOLL PLAZA", 18.7198, 73.6882, 88),
    ]);

    public static readonly TollRoute MumbaiVadodara = new("NH48 Mumbai-Surat-Vadodara", 'N', 'S',
    [
        new("KHANIVADE TOLL PLAZA", 19.4708, 72.9166, 0),
        new("CHAROTI TOLL PLAZA", 19.8927, 72.9424, 52),
        new("BHAGWADA TOLL PLAZA", 20.4391, 72.9322, 118),
        new("BORIACH TOLL PLAZA", 20.8094, 72.9622, 160),
        new("KAMREJ TOLL PLAZA", 21.2718, 72.9650, 214),
        new("KARJAN TOLL PLAZA", 22.0521, 73.1204, 312),
    ]);

    public static readonly TollRoute DelhiJaipur = new("NH48 Gurugram-Jaipur", 'S', 'N',
    [
        new("KHERKI DAULA TOLL PLAZA", 28.3956, 76.9869, 0),
        new("SHAHJAHANPUR TOLL PLAZA", 27.9993, 76.4307, 96),
        new("MANOHARPUR TOLL PLAZA", 27.2974, 75.9514, 188),
        new("DAULATPURA TOLL PLAZA", 27.0421, 75.7903, 222),
    ]);

    public static readonly TollRoute DelhiJammu = new("NH44 Panipat-Ludhiana-Pathankot", 'N', 'S',
    [
        new("PANIPAT TOLL PLAZA", 29.3909, 76.9935, 0),
        new("KARNAL TOLL PLAZA (BASTARA)", 29.7815, 76.9917, 46),
        new("SHAMBHU TOLL PLAZA", 30.4490, 76.6362, 125),
        new("LADHOWAL TOLL PLAZA", 30.9664, 75.7878, 228),
        new("LADPALWAN TOLL PLAZA", 32.197881, 75.533697, 385),
    ]);

    public static readonly TollRoute HyderabadBengaluru = new("NH44 Hyderabad-Bengaluru", 'S', 'N',
    [
        new("RAIKAL TOLL PLAZA", 17.1124, 78.3040, 0),
        new("AMAKATHADU TOLL PLAZA", 15.5893, 78.0621, 190),
        new("MARUR TOLL PLAZA", 14.8610, 77.6219, 285),
        new("BAGEPALLI TOLL PLAZA", 13.7877, 77.7924, 410),
        new("DEVANAHALLI TOLL PLAZA", 13.2478, 77.7041, 472),
    ]);

    public static readonly TollRoute BengaluruChennai = new("NH48 Bengaluru-Chennai", 'E', 'W',
    [
        new("ATTIBELE TOLL PLAZA", 12.7802, 77.7735, 0),
        new("KRISHNAGIRI TOLL PLAZA", 12.5332, 78.2035, 56),
        new("VANIYAMBADI TOLL PLAZA", 12.6813, 78.6205, 105),
        new("PALLIKONDA TOLL PLAZA", 12.9065, 78.9470, 148),
        new("CHENNASAMUDRAM TOLL PLAZA", 12.9816, 79.5218, 212),
        new("SRIPERUMBUDUR TOLL PLAZA", 12.9609, 79.9478, 258),
    ]);

    public static readonly TollRoute KolkataBhubaneswar = new("NH16 Kolkata-Bhubaneswar", 'S', 'N',
    [
        new("DHULAGARH TOLL PLAZA", 22.5735, 88.1463, 0),
        new("DEBRA TOLL PLAZA", 22.3712, 87.5548, 68),
        new("LAKSHMANNATH TOLL PLAZA", 21.8618, 87.2720, 142),
        new("PANIKOILI TOLL PLAZA", 20.8879, 86.1687, 300),
        new("MANGULI TOLL PLAZA", 20.5485, 85.9367, 345),
    ]);

    public static readonly TollRoute DelhiKanpur = new("NH19 Faridabad-Agra-Kanpur", 'E', 'W',
    [
        new("GADPURI TOLL PLAZA", 28.0617, 77.3271, 0),
        new("MAHUVAN TOLL PLAZA", 27.4996, 77.7309, 78),
        new("TUNDLA TOLL PLAZA", 27.2047, 78.2375, 140),
        new("BARAJOD TOLL PLAZA", 26.3724, 80.1693, 382),
    ]);

    public static IReadOnlyList<TollRoute> All { get; } =
        [MumbaiPune, MumbaiVadodara, DelhiJaipur, DelhiJammu, HyderabadBengaluru, BengaluruChennai, KolkataBhubaneswar, DelhiKanpur];

    /// <summary>The corridors a vehicle registered in a state plausibly travels.</summary>
    public static IReadOnlyList<TollRoute> NearState(string stateLetters) => stateLetters switch
    {
        "MH" => [MumbaiPune, MumbaiVadodara],
        "GJ" => [MumbaiVadodara],
        "RJ" or "HR" => [DelhiJaipur, DelhiJammu],
        "PB" or "JK" or "UK" => [DelhiJammu],
        "UP" or "BR" or "JH" or "MP" => [DelhiKanpur],
        "KA" or "TG" or "AP" => [HyderabadBengaluru, BengaluruChennai],
        "TN" or "KL" => [BengaluruChennai],
        "WB" or "OD" or "AS" or "CG" => [KolkataBhubaneswar],
        _ => All,
    };
}
