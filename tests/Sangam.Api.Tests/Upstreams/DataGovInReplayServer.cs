namespace Sangam.Api.Tests.Upstreams;

/// <summary>A Sangam server whose data.gov.in connector talks to <see cref="DataGovInReplay"/>.</summary>
public sealed class DataGovInReplayServer : SangamServer
{
    public DataGovInReplay DataGovIn { get; private set; } = null!;

    // Replays answer at once; the timeouts are generous so that a machine under heavy load is not taken for an
    // upstream that does not answer (the fault tests own the timeouts).
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataGovIn:AttemptTimeout"] = "00:00:30",
        ["DataGovIn:TotalTimeout"] = "00:01:30",
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
