using System.Diagnostics;
using Sangam.Api.Auth;

namespace Sangam.Api.Platform.Hosting;

/// <summary>
/// One log line per request with the route template (never the raw path or query, which can carry mobile numbers,
/// licence numbers or tokens), status, duration, account and trace id.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
            LogRequest(logger, context.Request.Method, route, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.FindCaller()?.AccountId, context.TraceId());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} {Status} {ElapsedMs:0.0} ms account={AccountId} trace={TraceId}")]
    private static partial void LogRequest(ILogger logger, string method, string route, int status, double elapsedMs, long? accountId, string traceId);
}
