using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Sangam.Sandbox.Airtel;

/// <summary>
/// Sandbox controls of the Airtel emulator, outside Airtel's protocol: <c>POST /sandbox/airtel/_sms/{msisdn}</c> plays
/// a driver's SMS reply (<c>Y</c>, <c>N</c> or <c>STOP</c>); <c>GET /sandbox/airtel/_stats</c> counts the calls received.
/// </summary>
public static class AirtelControl
{
    private static readonly HashSet<string> Replies = new(StringComparer.Ordinal) { "Y", "N", "STOP" };

    public static IEndpointRouteBuilder MapAirtelControl(this IEndpointRouteBuilder sandbox)
    {
        var control = sandbox.MapGroup("/airtel");
        control.MapPost("/_sms/{msisdn}", PlayReply);
        control.MapGet("/_stats", (AirtelCallCounts counts) => TypedResults.Ok(new CallCountsAnswer(counts.Snapshot())));
        return sandbox;
    }

    public static IResult PlayReply(string msisdn, SubscriberReply body, AirtelSubscribers subscribers, TimeProvider time, IOptions<AirtelEmulatorOptions> options)
    {
        var text = body.Text?.Trim().ToUpperInvariant();
        if (text is null || !Replies.Contains(text))
        {
            return AirtelEmulator.Error(400, "BAD_REQUEST", "text must be Y, N or STOP");
        }

        if (AirtelEmulator.Find(subscribers, msisdn) is not { } subscriber)
        {
            return AirtelEmulator.MsisdnNotFound();
        }

        var now = time.GetUtcNow();
        subscriber.Reply(text, now);
        var view = subscriber.ConsentAt(now, options.Value.ConsentAnswerDelay);
        return Results.Json(view.ToWire());
    }
}

/// <summary>The answer of <c>GET /sandbox/airtel/_stats</c>: calls received per operation.</summary>
public sealed record CallCountsAnswer(IReadOnlyDictionary<string, long> Calls);
