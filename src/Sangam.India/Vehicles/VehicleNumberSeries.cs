namespace Sangam.India.Vehicles;

/// <summary>The registration series of a vehicle number.</summary>
public enum VehicleNumberSeries
{
    /// <summary>State series: state, RTO, letters, number (e.g. MH 12 AB 1234).</summary>
    State = 1,

    /// <summary>Bharat series for vehicles that move between states: year, BH, number, letters (e.g. 22 BH 1234 AA).</summary>
    Bharat = 2,
}
