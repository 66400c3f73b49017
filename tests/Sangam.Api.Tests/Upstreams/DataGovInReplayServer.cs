namespace Sangam.Api.Tests.Upstreams;

/// <summary>A Sangam server whose data.gov.in connector talks to <see cref="DataGovInReplay"/>.</summary>
public sealed class DataGovInReplayServer : SangamServer
{
    public DataGovInReplay DataGovIn { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataGovIn:BaseUrl"] = DataGovIn.BaseAddress.AbsoluteUri,
        ["DataGovIn:ApiKey"] = "replay-key",
        ["DataGovIn:MaxRetries"] = "1",
    };

    public override async Task InitializeAsync()
    {
        DataGovIn = await DataGovInReplay.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await DataGovIn.DisposeAsync();
    }
}
