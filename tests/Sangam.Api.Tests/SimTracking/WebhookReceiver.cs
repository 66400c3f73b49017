using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sangam.Api.Tests.SimTracking;

/// <summary>A customer's webhook endpoint on a loopback port: records every post, and can fail the first ones.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication _app = null!;
    private int _failuresLeft;

    private WebhookReceiver(int failFirst) => _failuresLeft = failFirst;

    public ConcurrentQueue<(string Body, string? Signature)> Received { get; } = new();

    public int Refused { get; private set; }

    public string Url => _app.BaseAddress() + "hooks/consent";

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var receiver = new WebhookReceiver(failFirst);
        receiver._app = await LoopbackApp.StartAsync(app => app.MapPost("/hooks/consent", receiver.ReceiveAsync));
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Refused++;
            return Results.StatusCode(500);
        }

        using var reader = new StreamReader(request.Body);
        Received.Enqueue((await reader.ReadToEndAsync(), request.Headers["X-Sangam-Signature"]));
        return Results.Ok();
    }
}
