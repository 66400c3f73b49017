namespace Sangam.Api.Tests.Upstreams;

/// <summary>A Sangam server whose ULIP connector talks to <see cref="UlipReplay"/> instead of the emulator.</summary>
public sealed class UlipReplayServer : SangamServer
{
    public UlipReplay Ulip { get; private set; } = null!;

    // Replays answer at once; the timeouts are generous so that a machine under heavy load is not taken for an
    // upstream that does not answer (the fault tests own the timeouts).
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Ulip:AttemptTimeout"] = "00:00:30",
        ["Ulip:TotalTimeout"] = "00:01:30",
        ["Ulip:BaseUrl"] = Ulip.BaseAddress.AbsoluteUri,
        ["Ulip:Username"] = "replay",
        ["Ulip:Password"] = "replay",
    };

    public override async Task InitializeAsync()
    {
        Ulip = await UlipReplay.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Ulip.DisposeAsync();
    }
}
