using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>The data.gov.in API answering every resource query with the sample set, as its text (none where none was recorded).</summary>
public sealed class DataGovInReplay : IAsyncDisposable
{
    private UpstreamSample? _answer;
    private int _calls;
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<string> Queries { get; } = new();

    public int Calls => Volatile.Read(ref _calls);

    public static async Task<DataGovInReplay> StartAsync()
    {
        var replay = new DataGovInReplay();
        replay._app = await LoopbackApp.StartAsync(app => app.MapGet("/resource/{id}", replay.Serve));
        replay.BaseAddress = replay._app.BaseAddress();
        return replay;
    }

    public void Answer(UpstreamSample sample) => _answer = sample;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private IResult Serve(HttpRequest request)
    {
        Interlocked.Increment(ref _calls);
        Queries.Enqueue(request.QueryString.Value ?? "");
        var sample = _answer ?? throw new InvalidOperationException("No sample is set.");
        return sample.BodyText is { } body && body != "null"
            ? Results.Text(body, "application/json", statusCode: sample.HttpStatus)
            : Results.StatusCode(sample.HttpStatus);
    }
}
