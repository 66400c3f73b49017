namespace Sangam.Api.Tests.Upstreams;

/// <summary>A tracking server whose Airtel connector talks to <see cref="AirtelReplay"/>.</summary>
public sealed class AirtelReplayServer : TrackingServer
{
    public AirtelReplay Airtel { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> TrackingSettings => new Dictionary<string, string?>
    {
        ["Operators:Airtel:BaseUrl"] = Airtel.BaseAddress.AbsoluteUri,
        ["Operators:Airtel:CustomerBaId"] = "replay-customer",
        ["Operators:Airtel:ClientId"] = "replay-client",
        ["Operators:Airtel:ClientSecret"] = "replay-secret",
        ["Operators:Airtel:MaxRetries"] = "1",
    };

    public override async Task InitializeAsync()
    {
        Airtel = await AirtelReplay.StartAsync();
        await base.InitializeAsync();
        Airtel.Now = Clock.GetUtcNow;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Airtel.DisposeAsync();
    }
}
