using Microsoft.Extensions.Options;
using Sangam.India.Vehicles;

namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>
/// The ULIP emulator's data: the hand-picked <see cref="Scenarios"/> plus <see cref="GeneratedVehicles"/> vehicles
/// generated from a seed, with their drivers' licences. The same seed always gives the same dataset.
/// </summary>
public sealed class UlipDataset
{
    public const int GeneratedVehicles = 240;

    private readonly Dictionary<string, SandboxVehicle> _vehicles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxVehicle> _vehiclesByTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SandboxLicence> _licences = new(StringComparer.Ordinal);

    public UlipDataset(IOptions<UlipEmulatorOptions> options)
        : this(options.Value.Seed)
    {
    }

    public UlipDataset(int seed)
    {
        foreach (var vehicle in Scenarios.Vehicles)
        {
            Add(vehicle);
        }

        foreach (var licence in Scenarios.Licences)
        {
            _licences[licence.Number] = licence;
        }

        var random = new Random(seed);
        while (_vehicles.Count < Scenarios.Vehicles.Count + GeneratedVehicles)
        {
            var kind = VehicleGenerator.DrawKind(random);
            var rto = random.Pick(RtoOffice.All);
            var number = VehicleGenerator.DrawNumber(random, kind, rto);
            if (!_vehicles.ContainsKey(number) && VehicleNumber.TryParse(number, out _))
            {
                var vehicle = VehicleGenerator.Create(random, number, kind, rto);
                Add(vehicle);
                _licences.TryAdd(vehicle.Driver!.Number, vehicle.Driver);
            }
        }
    }

    public IReadOnlyCollection<SandboxVehicle> Vehicles => _vehicles.Values;

    public IReadOnlyCollection<SandboxLicence> Licences => _licences.Values;

    public SandboxVehicle? FindVehicle(VehicleNumber number) => _vehicles.GetValueOrDefault(number.Value);

    public SandboxVehicle? FindVehicleByTag(FastagTagId tagId) => _vehiclesByTag.GetValueOrDefault(tagId.Value);

    public SandboxLicence? FindLicence(DrivingLicence number) => _licences.GetValueOrDefault(number.Value);

    private void Add(SandboxVehicle vehicle)
    {
        _vehicles[vehicle.Number] = vehicle;
        foreach (var tag in vehicle.Tags)
        {
            _vehiclesByTag[tag.TagId] = vehicle;
        }
    }
}
