using Sangam.Sandbox.Airtel;

namespace Sangam.Api.Tests.SimTracking;

/// <summary>The sandbox trucks: on Indian highways, at truck speeds, with cell-level accuracy, and repeatable.</summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class TruckMovementTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_number_and_time_give_the_same_fix()
    {
        Assert.Equal(TruckMovement.At("919876543210", Noon), TruckMovement.At("919876543210", Noon));
        Assert.NotEqual(TruckMovement.At("919876543210", Noon), TruckMovement.At("919876543211", Noon));
    }

    [Fact]
    public void Fixes_stay_in_India_with_cell_level_radii()
    {
        for (var i = 0; i < 500; i++)
        {
            var fix = TruckMovement.At("91" + TrackingServer.NewMobile(i % 10), Noon.AddMinutes(i * 37));
            Assert.InRange(fix.Latitude, 8.0, 37.0);
            Assert.InRange(fix.Longitude, 68.0, 97.5);
            Assert.InRange(fix.RadiusMetres, 300, 2999);
        }
    }

    [Fact]
    public void Trucks_move_no_faster_than_trucks_do()
    {
        for (var i = 0; i < 200; i++)
        {
            var msisdn = "91" + TrackingServer.NewMobile(i % 10);
            var before = TruckMovement.At(msisdn, Noon.AddMinutes(i * 11));
            var after = TruckMovement.At(msisdn, Noon.AddMinutes((i * 11) + 10));

            // Ten minutes at up to 60 km/h, plus the two fixes' cell displacement (at most 0.7 of each radius).
            var allowedMetres = 10_000 + (0.7 * (before.RadiusMetres + after.RadiusMetres)) + 50;
            Assert.InRange(DistanceMetres(before, after), 0, allowedMetres);
        }
    }

    [Fact]
    public void A_truck_covers_a_days_drive_along_its_corridor()
    {
        var msisdn = "919812345670";
        var positions = Enumerable.Range(0, 25).Select(h => TruckMovement.At(msisdn, Noon.AddHours(h))).ToList();

        var travelled = positions.Zip(positions.Skip(1), DistanceMetres).Sum();
        Assert.InRange(travelled, 0.5 * 20 * TruckMovement.SpeedKmhOf(msisdn) * 1000, 30 * 60 * 1000);
        Assert.Contains(TruckMovement.RouteOf(msisdn), HighwayRoutes.All);
    }

    private static double DistanceMetres(CellFix a, CellFix b)
    {
        var dLat = (b.Latitude - a.Latitude) * Math.PI / 180;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(a.Latitude * Math.PI / 180) * Math.Cos(b.Latitude * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6_371_000 * Math.Asin(Math.Sqrt(h));
    }
}
