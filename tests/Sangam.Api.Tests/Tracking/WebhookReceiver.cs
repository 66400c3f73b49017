using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sangam.Api.Tests.Tracking;

/// <summary>A customer's webhook endpoint on a loopback port: records every post, and can fail the first ones.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failFirst)
    {
        _app = app;
        _failuresLeft = failFirst;
    }

    public ConcurrentQueue<(string Body, string? Signature)> Received { get; } = new();

    public int Refused { get; private set; }

    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks/consent";

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failFirst);
        app.MapPost("/hooks/consent", async (HttpRequest request) =>
        {
            if (Interlocked.Decrement(ref receiver._failuresLeft) >= 0)
            {
                receiver.Refused++;
                return Results.StatusCode(500);
            }

            using var reader = new StreamReader(request.Body);
            receiver.Received.Enqueue((await reader.ReadToEndAsync(), request.Headers["X-Sangam-Signature"]));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
