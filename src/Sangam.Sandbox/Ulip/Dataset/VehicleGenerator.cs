using System.Globalization;
using Sangam.India.Vehicles;

namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>
/// Generates vehicles with a realistic mix: goods carriers, buses, cars and two-wheelers across 20+ states, some in
/// the Bharat series, with documents valid, nearly expired and expired, FASTags in every status and e-challans.
/// </summary>
internal static class VehicleGenerator
{
    private static readonly (VehicleKind Kind, double Share)[] Mix =
    [
        (VehicleKind.HeavyGoods, 0.28), (VehicleKind.MediumGoods, 0.12), (VehicleKind.LightGoods, 0.15),
        (VehicleKind.Bus, 0.10), (VehicleKind.Car, 0.22), (VehicleKind.TwoWheeler, 0.13),
    ];

    public static VehicleKind DrawKind(Random random)
    {
        var x = random.NextDouble();
        foreach (var (kind, share) in Mix)
        {
            if ((x -= share) < 0)
            {
                return kind;
            }
        }

        return VehicleKind.HeavyGoods;
    }

    public static string DrawNumber(Random random, VehicleKind kind, RtoOffice rto) =>
        (kind is VehicleKind.Car or VehicleKind.TwoWheeler) && random.Chance(0.15)
            ? $"{random.Between(21, 25)}BH{random.Digits(4)}{random.SeriesLetters(random.Between(1, 2))}"
            : $"{rto.Code}{random.SeriesLetters(random.Between(1, 2))}{random.Digits(4)}";

    public static SandboxVehicle Create(Random random, string number, VehicleKind kind, RtoOffice rto)
    {
        var model = random.Pick(VehicleCatalogue.Of(kind));
        var transport = kind.IsTransport();
        var registered = new DateOnly(transport ? 2016 : 2010, 1, 1).AddDays(random.Between(0, transport ? 3600 : 5800));
        if (number[2..4] == "BH")
        {
            // A Bharat-series number starts with its year of registration.
            registered = new DateOnly(2000 + int.Parse(number[..2], CultureInfo.InvariantCulture), registered.Month, Math.Min(registered.Day, 28));
        }

        var manufactured = registered.AddDays(-random.Between(20, 200));
        var owner = (transport && kind != VehicleKind.LightGoods) || random.Chance(0.3) ? People.Firm(random) : People.Person(random).Name;
        var driver = LicenceGenerator.ForDriverOf(random, random.Chance(0.7) ? rto : random.Pick(RtoOffice.All), kind, adequate: random.Chance(0.88));
        return new SandboxVehicle
        {
            Number = number,
            Kind = kind,
            Rto = rto,
            OwnerName = owner,
            FatherName = People.FatherOf(random, People.Person(random).Name),
            Address = People.Address(random, rto),
            Maker = model.Maker,
            Model = model.Model,
            BodyType = random.Pick(model.BodyTypes),
            Fuel = random.Pick(model.Fuels),
            Colour = random.Pick(VehicleCatalogue.Colours),
            Chassis = $"{model.Wmi}{random.Alphanumerics(6)}{manufactured.Year % 10}{random.Alphanumerics(2)}{random.Digits(5)}",
            Engine = $"{random.Alphanumerics(5)}{random.Digits(6)}",
            GrossWeightKg = model.GrossWeightKg,
            UnladenWeightKg = model.UnladenWeightKg,
            CubicCapacity = model.CubicCapacity,
            Cylinders = model.Cylinders,
            Seats = model.Seats,
            WheelbaseMm = model.WheelbaseMm,
            RegisteredOn = registered,
            Status = random.NextDouble() switch { < 0.02 => "SUSPENDED", < 0.04 => "NOC ISSUED", _ => "ACTIVE" },
            Blacklisted = random.Chance(0.03),
            Financer = random.Chance(transport ? 0.55 : 0.3) ? random.Pick(VehicleCatalogue.Financers) : null,
            InsuranceCompany = random.Pick(VehicleCatalogue.Insurers),
            InsurancePolicy = $"{random.Digits(4)}/{random.Digits(8)}/{random.Digits(2)}/000",
            InsuranceDays = Validity.Draw(random, expired: 0.12, expiringSoon: 0.08, longest: 365),
            FitnessDays = transport ? Validity.Draw(random, expired: 0.12, expiringSoon: 0.08) : null,
            TaxDays = transport ? Validity.Draw(random, expired: 0.10, expiringSoon: 0.05, longest: 365) : null,
            PuccNumber = $"{rto.Code}{random.Digits(10)}",
            PuccDays = Validity.Draw(random, expired: 0.15, expiringSoon: 0.08, longest: 365),
            Tags = kind == VehicleKind.TwoWheeler || random.Chance(0.06) ? [] : DrawTags(random, model, registered),
            Challans = DrawChallans(random, kind, rto, owner, driver),
            Route = random.Pick(TollRoute.NearState(rto.StateLetters)),
            TripChance = kind switch
            {
                VehicleKind.HeavyGoods => 0.8,
                VehicleKind.MediumGoods => 0.7,
                VehicleKind.LightGoods => 0.5,
                VehicleKind.Bus => 0.9,
                _ => 0.15,
            },
            Driver = driver,
        };
    }

    public static SandboxTag NewTag(Random random, string vehicleClass, DateOnly issuedOn, FastagTagStatus status = FastagTagStatus.Active) =>
        new($"34161FA8203{random.Hex(13)}", $"E200{random.Hex(20)}", status, vehicleClass, random.Pick(VehicleCatalogue.TagBanks), issuedOn, status switch
        {
            FastagTagStatus.Active => "00",
            FastagTagStatus.Inactive => "06",
            FastagTagStatus.Hotlisted => "01",
            FastagTagStatus.Blacklisted => "03",
            FastagTagStatus.Closed => "04",
            FastagTagStatus.Lost => "05",
            _ => "06",
        });

    private static List<SandboxTag> DrawTags(Random random, VehicleModel model, DateOnly registered)
    {
        var status = random.NextDouble() switch
        {
            < 0.06 => FastagTagStatus.Blacklisted,
            < 0.09 => FastagTagStatus.Hotlisted,
            < 0.12 => FastagTagStatus.Closed,
            < 0.15 => FastagTagStatus.Lost,
            < 0.18 => FastagTagStatus.Exception,
            < 0.26 => FastagTagStatus.Inactive,
            _ => FastagTagStatus.Active,
        };
        var first = NewTag(random, model.FastagClass!, registered.AddDays(random.Between(0, 200)), status);

        // An old tag that was closed, lost or left inactive has often been replaced by an active one, listed after it.
        var replaced = status is FastagTagStatus.Closed or FastagTagStatus.Lost && random.Chance(0.5) || status == FastagTagStatus.Inactive && random.Chance(0.7);
        return replaced ? [first, NewTag(random, model.FastagClass!, first.IssuedOn.AddDays(random.Between(100, 600)))] : [first];
    }

    private static List<SandboxChallan> DrawChallans(Random random, VehicleKind kind, RtoOffice rto, string owner, SandboxLicence driver)
    {
        var offences = Offences.For(kind);
        var pending = random.Chance(0.35) ? random.Between(1, 4) : 0;
        var disposed = random.Chance(0.5) ? random.Between(1, 5) : 0;
        return Enumerable.Range(0, pending + disposed)
            .Select(i => NewChallan(random, rto, offences, disposed: i >= pending, random.Chance(0.6) ? owner : driver.FullName, driver.Number))
            .ToList();
    }

    public static SandboxChallan NewChallan(Random random, RtoOffice rto, IReadOnlyList<Offence> offences, bool disposed, string violator, string? dlNumber)
    {
        var cited = random.Chance(0.2) ? new[] { random.Pick(offences), random.Pick(offences) }.Distinct().ToList() : [random.Pick(offences)];
        return new SandboxChallan(
            Number: $"{rto.StateLetters}{random.Digits(19)}",
            DaysAgo: disposed ? random.Between(30, 900) : random.Between(1, 400),
            TimeOfDay: new TimeOnly(random.Between(0, 23), random.Between(0, 59), random.Between(0, 59)),
            Place: random.Chance(0.5) ? $"{rto.District.ToUpperInvariant()} CITY, {random.Pick(["RING ROAD", "BYPASS CHOWK", "MAIN SQUARE", "RAILWAY STATION ROAD"])}" : random.Pick(TollRoute.NearState(rto.StateLetters)).Plazas[0].Name,
            ViolatorName: People.MaskName(violator),
            DlNumberMasked: dlNumber is null || random.Chance(0.3) ? "" : People.MaskTail(dlNumber, 4),
            Offences: cited,
            Fine: cited.Sum(o => o.Fine),
            Disposed: disposed,
            SentToVirtualCourt: !disposed && random.Chance(0.3));
    }
}
