using Sangam.India;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>A toll plaza read a vehicle's tag at <see cref="ReadAt"/> (IST).</summary>
internal sealed record TollCrossing(DateTimeOffset ReadAt, TollPlaza Plaza, char LaneDirection, Guid SequenceNumber);

/// <summary>
/// The crossings NETC would report for a vehicle. Each IST day either has a trip along the vehicle's corridor or
/// not, decided by the vehicle number and the date alone, so a crossing keeps its time once it has happened and
/// leaves the 72-hour window as the clock moves on.
/// </summary>
internal static class TollCrossings
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(72);

    public static IReadOnlyList<TollCrossing> Within72Hours(SandboxVehicle vehicle, DateTimeOffset now)
    {
        if (vehicle.Route is null || vehicle.ActiveTag is null)
        {
            return [];
        }

        var nowIst = now.ToIst();
        var today = DateOnly.FromDateTime(nowIst.DateTime);
        var crossings = new List<TollCrossing>();
        for (var day = today.AddDays(-4); day <= today; day = day.AddDays(1))
        {
            crossings.AddRange(TripOn(vehicle, vehicle.Route, day));
        }

        return [.. crossings.Where(c => c.ReadAt <= nowIst && c.ReadAt > nowIst - Window).OrderByDescending(c => c.ReadAt)];
    }

    private static IEnumerable<TollCrossing> TripOn(SandboxVehicle vehicle, TollRoute route, DateOnly day)
    {
        var random = StableRandom.For($"{vehicle.Number}|{day.DayNumber}");
        if (!random.Chance(vehicle.TripChance))
        {
            yield break;
        }

        var forward = (day.DayNumber + StableRandom.Seed(vehicle.Number)) % 2 == 0;
        var plazas = forward ? route.Plazas : [.. route.Plazas.Reverse()];
        var first = random.Between(0, plazas.Count - 2);
        var last = random.Between(first + 1, plazas.Count - 1);
        var kmPerHour = vehicle.Kind.IsTransport() ? random.Between(38, 55) : random.Between(55, 75);
        var departure = Ist.FromWallClock(day.ToDateTime(new TimeOnly(random.Between(0, 23), random.Between(0, 59))));
        var startKm = plazas[first].Km;
        for (var i = first; i <= last; i++)
        {
            var hours = Math.Abs(plazas[i].Km - startKm) / (double)kmPerHour;
            var readAt = departure.AddHours(hours).AddSeconds(random.Between(0, 600));
            var guid = new byte[16];
            random.NextBytes(guid);
            yield return new TollCrossing(readAt, plazas[i], forward ? route.Forward : route.Backward, new Guid(guid));
        }
    }
}
