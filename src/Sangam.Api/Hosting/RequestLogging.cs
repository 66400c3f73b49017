using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Sangam.Api.Accounts;

namespace Sangam.Api.Hosting;

/// <summary>
/// One log line per request with the route template (never the raw path or query, which can carry mobile numbers,
/// licence numbers or tokens), the status actually sent, duration, account and the trace id the client got. It runs
/// outside the exception handler, so a request that failed is logged with its 500 and its route, as the exception
/// entry with the same trace id is.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Debug) && !logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var escaped = false;
        try
        {
            await next(context);
        }
        catch
        {
            // Nothing handled it: the server answers 500 if it still can.
            escaped = true;
            throw;
        }
        finally
        {
            // The exception handler clears the endpoint before answering; it keeps the one that failed.
            var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
            var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
            var level = endpoint?.Metadata.GetMetadata<RequestLogLevelMetadata>()?.Level ?? LogLevel.Information;
            var status = escaped && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            LogRequest(logger, level, context.Request.Method, route, status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.FindCaller()?.AccountId, context.TraceId());
        }
    }

    [LoggerMessage(Message = "{Method} {Route} {Status} {ElapsedMs:0.0} ms account={AccountId} trace={TraceId}")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string route, int status, double elapsedMs, long? accountId, string traceId);
}

/// <summary>The level of an endpoint's request log lines when it is not Information (health probes: Debug).</summary>
public sealed record RequestLogLevelMetadata(LogLevel Level);

public static class RequestLogLevelExtensions
{
    public static TBuilder WithRequestLogLevel<TBuilder>(this TBuilder builder, LogLevel level)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestLogLevelMetadata(level));
}
