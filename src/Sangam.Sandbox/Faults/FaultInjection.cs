using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Sangam.Sandbox.Faults;

public static class FaultInjection
{
    /// <summary>Applies the emulator's <see cref="FaultProfile"/> before its handlers run.</summary>
    public static TBuilder WithFaults<TBuilder>(this TBuilder builder, string emulator, bool isLogin = false)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var profile = http.RequestServices.GetRequiredService<EmulatorFaults>().For(emulator);
            var delay = profile.Latency + (isLogin ? profile.LoginLatency : TimeSpan.Zero);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, http.RequestAborted);
            }

            if (profile.TimeoutRate > 0 && Random.Shared.NextDouble() < profile.TimeoutRate)
            {
                // Hang until the caller gives up, as an unresponsive upstream does.
                await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted);
            }

            if (profile.ErrorRate > 0 && Random.Shared.NextDouble() < profile.ErrorRate)
            {
                return Results.Text($"<html><body><h1>{profile.ErrorStatus}</h1>{emulator} sandbox: injected fault</body></html>",
                    "text/html", statusCode: profile.ErrorStatus);
            }

            return await next(context);
        });
        return builder;
    }
}
