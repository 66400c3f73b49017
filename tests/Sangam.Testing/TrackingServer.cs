using Sangam.Sandbox.Airtel;

namespace Sangam.Testing;

/// <summary>
/// A server for SIM tracking tests. The Airtel emulator answers consent 10 s (of the fake clock) after a request
/// and never fails on its own, so outcomes are deterministic; tests inject failures through the fault knobs.
/// The consent process runs on the fake clock: <see cref="SangamServer.AdvanceUntilAsync{T}"/> moves it along.
/// </summary>
public class TrackingServer : SangamServer
{
    public static readonly TimeSpan ConsentAnswerDelay = TimeSpan.FromSeconds(10);

    public AirtelCallCounts AirtelCalls => Services.GetRequiredService<AirtelCallCounts>();

    public AirtelSubscribers AirtelSubscribers => Services.GetRequiredService<AirtelSubscribers>();

    protected sealed override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Sandbox:Airtel:ConsentAnswerDelay"] = ConsentAnswerDelay.ToString(),
                ["Sandbox:Airtel:NetworkFailureRate"] = "0",
                ["Sandbox:Airtel:RateLimitRate"] = "0",
                ["Tracking:Consent:ScanInterval"] = "00:00:01",
                ["Tracking:Consent:FirstCheckAfter"] = "00:00:15",
            };
            foreach (var (key, value) in TrackingSettings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    /// <summary>Settings of a derived fixture, on top of the above.</summary>
    protected virtual IReadOnlyDictionary<string, string?> TrackingSettings => new Dictionary<string, string?>();

    /// <summary>A fresh mobile number that the emulator steers by <paramref name="lastDigit"/> (0-5 allow, 6 rejects, 7 never answers, 8 other operator, 9 unreachable).</summary>
    public static string NewMobile(int lastDigit) =>
        "9" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + lastDigit.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
