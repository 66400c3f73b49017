using Sangam.Sandbox.Ulip;

namespace Sangam.Cluster.Tests;

/// <summary>
/// Two nodes on one database and the shared test Redis. The consent process runs on node B only, so a consent that
/// node A asked for is resolved by B, through the cluster's one Airtel emulator (on A). Allowed consents are checked
/// again every minute and stored positions stay fresh for an hour, so B learns a revocation while A's stored
/// position of the driver is still fresh.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public static readonly TimeSpan ConsentAnswerDelay = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string?> Tracking = new()
    {
        ["Sandbox:Airtel:ConsentAnswerDelay"] = ConsentAnswerDelay.ToString(),
        ["Sandbox:Airtel:NetworkFailureRate"] = "0",
        ["Sandbox:Airtel:RateLimitRate"] = "0",
        ["Tracking:Consent:ScanInterval"] = "00:00:01",
        ["Tracking:Consent:FirstCheckAfter"] = "00:00:15",
        ["Tracking:Consent:RecheckInterval"] = "00:01:00",
        ["Tracking:FreshFor"] = "01:00:00",
    };

    public ClusterNode A { get; } = new(TestRedis.Shared, new Dictionary<string, string?>(Tracking) { ["Tracking:Consent:Enabled"] = "false" });

    public ClusterNode B { get; private set; } = null!;

    /// <summary>What the cluster's one ULIP emulator (on A) was asked.</summary>
    public UlipEmulatorStats Ulip => A.Services.GetRequiredService<UlipEmulatorStats>();

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = A.Another(Tracking);
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }

    /// <summary>Moves both nodes' clocks along until <paramref name="done"/> holds, giving their background work real time.</summary>
    public async Task<T> AdvanceUntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var value = await probe();
        for (var step = 0; step < 60 && !done(value); step++)
        {
            A.Clock.Advance(TimeSpan.FromSeconds(5));
            B.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(100);
            value = await probe();
        }

        return value;
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodesGroup : ICollectionFixture<TwoNodes>
{
    public const string Name = "two nodes";
}
