using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sangam.Api.Tests.Webhooks;

/// <summary>One post a receiver took: the raw body and the headers a customer's endpoint reads.</summary>
internal sealed record ReceivedPost(string Body, string? Signature, string? Event, string? Delivery)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>Whether <see cref="Signature"/> is the HMAC-SHA256 of "t.body" keyed with <paramref name="secret"/>, as a customer checks it.</summary>
    public bool IsSignedWith(string secret)
    {
        var parts = Signature!.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(parts["t"] + "." + Body));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts["v1"]));
    }
}

/// <summary>A customer's webhook endpoint on a loopback port: records every post, and can fail the first ones.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication _app = null!;
    private int _failuresLeft;
    private int _refused;

    private WebhookReceiver(int failFirst) => _failuresLeft = failFirst;

    public ConcurrentQueue<ReceivedPost> Received { get; } = new();

    /// <summary>Posts answered 500; the sender may post several deliveries at once, so it is counted atomically.</summary>
    public int Refused => Volatile.Read(ref _refused);

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
            Interlocked.Increment(ref _refused);
            return Results.StatusCode(500);
        }

        using var reader = new StreamReader(request.Body);
        Received.Enqueue(new ReceivedPost(
            await reader.ReadToEndAsync(), request.Headers["X-Sangam-Signature"], request.Headers["X-Sangam-Event"], request.Headers["X-Sangam-Delivery"]));
        return Results.Ok();
    }
}
