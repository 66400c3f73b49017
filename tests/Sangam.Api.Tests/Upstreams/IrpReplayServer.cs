namespace Sangam.Api.Tests.Upstreams;

/// <summary>A Sangam server whose IRP connector talks to <see cref="IrpReplay"/>, with an API user for any GSTIN.</summary>
public sealed class IrpReplayServer : SangamServer
{
    public IrpReplay Irp { get; private set; } = null!;

    // Replays answer at once; the timeouts are generous so that a machine under heavy load is not taken for an
    // upstream that does not answer (the fault tests own the timeouts).
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Irp:AttemptTimeout"] = "00:00:30",
        ["Irp:TotalTimeout"] = "00:01:30",
        ["Irp:BaseUrl"] = Irp.BaseAddress.AbsoluteUri,
        ["Irp:ClientId"] = "replay-client",
        ["Irp:ClientSecret"] = "replay-secret",
        ["Irp:PublicKeyPath"] = Irp.PublicKeyPath,
        ["Irp:Users:0:Gstin"] = "*",
        ["Irp:Users:0:UserName"] = "replay-user",
        ["Irp:Users:0:Password"] = "replay-password",
    };

    public override async Task InitializeAsync()
    {
        Irp = await IrpReplay.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Irp.DisposeAsync();
    }
}
