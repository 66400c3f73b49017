using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace Sangam.Sandbox.Faults;

/// <summary>
/// The current fault profile of each emulator, by name (<c>ulip</c>, <c>airtel</c>, ...). Starts from configuration
/// (<c>Sandbox:Faults:&lt;name&gt;:LatencyMs</c>, <c>ErrorRate</c>, <c>ErrorStatus</c>, <c>TimeoutRate</c>, <c>DownRate</c>, <c>LoginLatencyMs</c>)
/// and can be changed at run time by tests or through <c>PUT /sandbox/_faults/{name}</c>.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly ConcurrentDictionary<string, FaultProfile> _profiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly IConfiguration _configuration;

    public EmulatorFaults(IConfiguration configuration)
    {
        _configuration = configuration;
        Reset();
    }

    public FaultProfile For(string emulator) => _profiles.GetValueOrDefault(emulator, FaultProfile.Healthy);

    public void Set(string emulator, FaultProfile profile) => _profiles[emulator] = profile;

    /// <summary>Back to the configured profiles (healthy unless configured).</summary>
    public void Reset()
    {
        _profiles.Clear();
        foreach (var section in _configuration.GetSection("Sandbox:Faults").GetChildren())
        {
            _profiles[section.Key] = new FaultProfile
            {
                Latency = TimeSpan.FromMilliseconds(section.GetValue<double>("LatencyMs")),
                ErrorRate = section.GetValue<double>("ErrorRate"),
                ErrorStatus = section.GetValue("ErrorStatus", 502),
                TimeoutRate = section.GetValue<double>("TimeoutRate"),
                DownRate = section.GetValue<double>("DownRate"),
                LoginLatency = TimeSpan.FromMilliseconds(section.GetValue<double>("LoginLatencyMs")),
            };
        }
    }
}
