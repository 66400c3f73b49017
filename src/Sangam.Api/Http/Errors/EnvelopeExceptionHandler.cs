using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Sangam.Api.Hosting;

namespace Sangam.Api.Http.Errors;

/// <summary>
/// The one place unexpected exceptions become responses. Client mistakes that surface as exceptions
/// (malformed JSON, oversized bodies) get their 4xx; anything else is a logged 500 with a trace id.
/// </summary>
internal sealed partial class EnvelopeExceptionHandler(ILogger<EnvelopeExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return true;
        }

        var error = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiError.PayloadTooLarge(),
            BadHttpRequestException bad => ApiError.ForStatus(bad.StatusCode, DescribeBadRequest(bad)),
            JsonException json => ApiError.BadRequest($"The request body is not valid JSON: {json.Message}"),
            _ => null,
        };

        if (error is null)
        {
            LogUnexpected(logger, exception, httpContext.Request.Method, RouteOf(httpContext), httpContext.TraceId());
            error = ApiError.ForStatus(StatusCodes.Status500InternalServerError);
        }

        if (httpContext.Response.HasStarted)
        {
            return true;
        }

        httpContext.Response.Clear();
        await error.ExecuteAsync(httpContext);
        return true;
    }

    private static string DescribeBadRequest(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => $"The request body is not valid JSON: {json.Message}",
        _ => bad.Message,
    };

    // Route templates, never raw paths: paths can carry personal data (mobile numbers). The exception handler
    // middleware clears the endpoint before calling here and keeps the one that failed in its feature.
    private static string RouteOf(HttpContext httpContext) =>
        ((httpContext.GetEndpoint() ?? httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint) as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Route} trace={TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string route, string traceId);
}
