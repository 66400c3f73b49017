namespace Sangam.Sandbox.Airtel;

/// <summary>A town on a highway, in decimal degrees.</summary>
public readonly record struct Waypoint(string Town, double Latitude, double Longitude);

/// <summary>A national highway corridor that sandbox trucks drive, town by town.</summary>
public sealed record HighwayRoute(string Name, IReadOnlyList<Waypoint> Waypoints);

/// <summary>
/// The sandbox dataset of freight corridors: the Golden Quadrilateral and its diagonals, with the towns trucks
/// pass through. Trucks drive straight between consecutive towns, which keeps every position within a few
/// kilometres of the real road at cell-tower accuracy.
/// </summary>
public static class HighwayRoutes
{
    public static IReadOnlyList<HighwayRoute> All { get; } =
    [
        new("NH48 Mumbai - Delhi",
        [
            new("Mumbai", 19.0760, 72.8777), new("Vapi", 20.3893, 72.9106), new("Surat", 21.1702, 72.8311),
            new("Vadodara", 22.3072, 73.1812), new("Ahmedabad", 23.0225, 72.5714), new("Himmatnagar", 23.5986, 72.9661),
            new("Udaipur", 24.5854, 73.7125), new("Bhilwara", 25.3407, 74.6313), new("Ajmer", 26.4499, 74.6399),
            new("Jaipur", 26.9124, 75.7873), new("Behror", 27.8880, 76.2860), new("Gurugram", 28.4595, 77.0266),
            new("Delhi", 28.7041, 77.1025),
        ]),
        new("NH44 Delhi - Bengaluru",
        [
            new("Delhi", 28.7041, 77.1025), new("Mathura", 27.4924, 77.6737), new("Agra", 27.1767, 78.0081),
            new("Gwalior", 26.2183, 78.1828), new("Jhansi", 25.4484, 78.5685), new("Sagar", 23.8388, 78.7378),
            new("Seoni", 22.0869, 79.5435), new("Nagpur", 21.1458, 79.0882), new("Adilabad", 19.6641, 78.5320),
            new("Nizamabad", 18.6725, 78.0941), new("Hyderabad", 17.3850, 78.4867), new("Kurnool", 15.8281, 78.0373),
            new("Anantapur", 14.6819, 77.6006), new("Bengaluru", 12.9716, 77.5946),
        ]),
        new("NH48 Mumbai - Chennai",
        [
            new("Mumbai", 19.0760, 72.8777), new("Pune", 18.5204, 73.8567), new("Satara", 17.6805, 74.0183),
            new("Kolhapur", 16.7050, 74.2433), new("Belagavi", 15.8497, 74.4977), new("Hubballi", 15.3647, 75.1240),
            new("Davanagere", 14.4644, 75.9218), new("Chitradurga", 14.2251, 76.3980), new("Tumakuru", 13.3379, 77.1173),
            new("Bengaluru", 12.9716, 77.5946), new("Krishnagiri", 12.5186, 78.2137), new("Vellore", 12.9165, 79.1325),
            new("Chennai", 13.0827, 80.2707),
        ]),
        new("NH19 Delhi - Kolkata",
        [
            new("Delhi", 28.7041, 77.1025), new("Agra", 27.1767, 78.0081), new("Etawah", 26.7856, 79.0158),
            new("Kanpur", 26.4499, 80.3319), new("Prayagraj", 25.4358, 81.8463), new("Varanasi", 25.3176, 82.9739),
            new("Aurangabad (Bihar)", 24.7522, 84.3742), new("Dhanbad", 23.7957, 86.4304), new("Asansol", 23.6739, 86.9524),
            new("Durgapur", 23.5204, 87.3119), new("Kolkata", 22.5726, 88.3639),
        ]),
        new("NH16 Kolkata - Chennai",
        [
            new("Kolkata", 22.5726, 88.3639), new("Kharagpur", 22.3460, 87.2320), new("Balasore", 21.4942, 86.9317),
            new("Cuttack", 20.4625, 85.8830), new("Bhubaneswar", 20.2961, 85.8245), new("Berhampur", 19.3149, 84.7941),
            new("Srikakulam", 18.2949, 83.8938), new("Visakhapatnam", 17.6868, 83.2185), new("Rajahmundry", 17.0005, 81.8040),
            new("Vijayawada", 16.5062, 80.6480), new("Ongole", 15.5057, 80.0499), new("Nellore", 14.4426, 79.9865),
            new("Chennai", 13.0827, 80.2707),
        ]),
        new("NH52 Mumbai - Agra",
        [
            new("Mumbai", 19.0760, 72.8777), new("Bhiwandi", 19.2813, 73.0483), new("Nashik", 19.9975, 73.7898),
            new("Malegaon", 20.5579, 74.5089), new("Dhule", 20.9042, 74.7749), new("Indore", 22.7196, 75.8577),
            new("Dewas", 22.9676, 76.0534), new("Guna", 24.6470, 77.3113), new("Shivpuri", 25.4358, 77.6651),
            new("Gwalior", 26.2183, 78.1828), new("Agra", 27.1767, 78.0081),
        ]),
    ];
}
