namespace Sangam.Sandbox.Airtel;

/// <summary>A network fix of a phone: the cell's estimate of where it is and how far off that may be.</summary>
public readonly record struct CellFix(double Latitude, double Longitude, int RadiusMetres);

/// <summary>
/// Where the sandbox truck of a mobile number is at a given time. Every number drives one corridor of
/// <see cref="HighwayRoutes"/> back and forth at its own truck speed (35-60 km/h), five hours at the wheel and one
/// at rest, so positions are deterministic: the same number and time always give the same fix. The fix is
/// cell-level: displaced from the truck by up to the accuracy radius, which changes as the phone changes cells.
/// </summary>
public static class TruckMovement
{
    private const double EarthRadiusKm = 6371.0;
    private const double MetresPerDegree = 111_320.0;
    private const double DrivingHours = 5;
    private const double DutyCycleHours = 6;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly double[][] CumulativeKm = [.. HighwayRoutes.All.Select(Cumulative)];

    public static HighwayRoute RouteOf(string msisdn) => HighwayRoutes.All[(int)(StableHash(msisdn) % (ulong)HighwayRoutes.All.Count)];

    /// <summary>Average speed while driving, km/h.</summary>
    public static int SpeedKmhOf(string msisdn) => 35 + (int)((StableHash(msisdn) >> 8) % 26);

    public static CellFix At(string msisdn, DateTimeOffset when)
    {
        var seed = StableHash(msisdn);
        var routeIndex = (int)(seed % (ulong)HighwayRoutes.All.Count);
        var route = HighwayRoutes.All[routeIndex];
        var cumulative = CumulativeKm[routeIndex];
        var length = cumulative[^1];

        var hours = (when - Epoch).TotalHours + ((seed >> 32) % 600 / 100.0);
        var cycles = Math.Floor(hours / DutyCycleHours);
        var drivenKm = ((cycles * DrivingHours) + Math.Min(hours - (cycles * DutyCycleHours), DrivingHours)) * SpeedKmhOf(msisdn);

        // Out and back along the corridor, starting somewhere on the round trip.
        var start = (seed >> 16) % 10_000 / 10_000.0 * 2 * length;
        var onRoundTrip = (start + drivenKm) % (2 * length);
        var along = onRoundTrip <= length ? onRoundTrip : (2 * length) - onRoundTrip;
        var (latitude, longitude) = PointAt(route.Waypoints, cumulative, along);

        // The cell changes every five minutes or so; its estimate lands somewhere within its radius.
        var cell = StableHash(msisdn + ":" + Math.Floor((when - Epoch).TotalMinutes / 5));
        var radius = 300 + (int)(cell % 2700);
        var bearing = (cell >> 16) % 360 * Math.PI / 180;
        var offset = radius * ((cell >> 32) % 1000 / 1000.0) * 0.7;
        latitude += offset * Math.Cos(bearing) / MetresPerDegree;
        longitude += offset * Math.Sin(bearing) / (MetresPerDegree * Math.Cos(latitude * Math.PI / 180));
        return new CellFix(Math.Round(latitude, 6), Math.Round(longitude, 6), radius);
    }

    private static (double Latitude, double Longitude) PointAt(IReadOnlyList<Waypoint> waypoints, double[] cumulative, double along)
    {
        var segment = 1;
        while (segment < cumulative.Length - 1 && cumulative[segment] < along)
        {
            segment++;
        }

        var from = waypoints[segment - 1];
        var to = waypoints[segment];
        var span = cumulative[segment] - cumulative[segment - 1];
        var share = span <= 0 ? 0 : Math.Clamp((along - cumulative[segment - 1]) / span, 0, 1);
        return (from.Latitude + ((to.Latitude - from.Latitude) * share), from.Longitude + ((to.Longitude - from.Longitude) * share));
    }

    private static double[] Cumulative(HighwayRoute route)
    {
        var sums = new double[route.Waypoints.Count];
        for (var i = 1; i < sums.Length; i++)
        {
            sums[i] = sums[i - 1] + DistanceKm(route.Waypoints[i - 1], route.Waypoints[i]);
        }

        return sums;
    }

    private static double DistanceKm(Waypoint a, Waypoint b)
    {
        var dLat = (b.Latitude - a.Latitude) * Math.PI / 180;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(a.Latitude * Math.PI / 180) * Math.Cos(b.Latitude * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    // FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // Mix the high bits down so every slice of the hash is well spread.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }
}
