using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Sangam.Api.Hosting;

namespace Sangam.Api.Http.Errors;

/// <summary>
/// Every error the platform answers, in the documented envelope. This is the one place that knows the
/// status/code table; middleware, handlers and the authentication handler all answer through it.
/// </summary>
public sealed class ApiError : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ErrorEnvelope>, IEndpointMetadataProvider
{
    private ApiError(int statusCode, string message, TimeSpan? retryAfter = null, string? hint = null, bool? retryable = null)
    {
        StatusCode = statusCode;
        Message = message;
        RetryAfter = retryAfter;
        Hint = hint;
        Retryable = retryable;
    }

    public int StatusCode { get; }

    public string Message { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>What to send instead, by example, for people reading the error (the message keeps the contract's text).</summary>
    public string? Hint { get; }

    /// <summary>For upstream failures: whether the same request may succeed later.</summary>
    public bool? Retryable { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    ErrorEnvelope? IValueHttpResult<ErrorEnvelope>.Value => ToEnvelope(traceId: null);

    object? IValueHttpResult.Value => ToEnvelope(traceId: null);

    /// <summary>The contract's message for an identifier that fails its format (platform-api.md §2), with an optional hint.</summary>
    public static ApiError InvalidField(string field, string pattern, string? hint = null) =>
        new(400, $"Data format failed OR wrong value entered at: {field}. Format should follow {pattern}", hint: hint);

    /// <summary>
    /// A value of the right format that is still wrong (a GSTIN whose check character does not match): the contract's
    /// opening words, then what is wrong instead of the pattern it already follows.
    /// </summary>
    public static ApiError InvalidValue(string field, string problem, string? hint = null) =>
        new(400, $"Data format failed OR wrong value entered at: {field}. {char.ToUpperInvariant(problem[0])}{problem[1..]}.", hint: hint);

    public static ApiError BadRequest(string message) => new(400, message);

    public static ApiError Unauthorized(string message = "Authentication credentials were not provided or are invalid.") => new(401, message);

    public static ApiError Forbidden(string message = "You do not have permission to perform this action.") => new(403, message);

    public static ApiError NotFound(string message = "Not found.") => new(404, message);

    public static ApiError Conflict(string message) => new(409, message);

    public static ApiError PayloadTooLarge(string message = "The request body is too large.") => new(413, message);

    public static ApiError UnsupportedMediaType(string message) => new(415, message);

    public static ApiError Unprocessable(string message) => new(422, message);

    public static ApiError TooManyRequests(TimeSpan retryAfter, string message = "Too many requests; retry after the time given in Retry-After.") =>
        new(429, message, retryAfter);

    /// <summary>
    /// An upstream (a government or operator system) failed: 502, 504 when it did not answer in time, 400 when it
    /// refused the request as invalid. The message quotes the upstream and says whether calling again can help.
    /// </summary>
    public static ApiError ForUpstream(UpstreamFailure failure) => failure.Kind switch
    {
        UpstreamFailureKind.TimedOut => new(504,
            $"The upstream service {failure.Upstream} did not answer in time. This is not a problem with your request; retry later.", retryable: true),
        UpstreamFailureKind.Refused => new(502,
            $"The upstream service {failure.Upstream} refused this server: {failure.Detail}. This is not a problem with your request, "
            + "and retrying will not help until the server's operator fixes its access to the upstream.", retryable: false),
        UpstreamFailureKind.Rejected => new(400,
            $"The upstream service {failure.Upstream} rejected the request: {failure.Detail}. Sending the same request again will not help.", retryable: false),
        _ => new(502, $"The upstream service {failure.Upstream} failed: {failure.Detail}. This is not a problem with your request; retry later.", retryable: true),
    };

    /// <summary>An error for a bare status code (unknown route, wrong method, ...), with the table's default message.</summary>
    public static ApiError ForStatus(int statusCode) => new(statusCode, DefaultMessage(statusCode));

    public static ApiError ForStatus(int statusCode, string message) => new(statusCode, message);

    public ErrorEnvelope ToEnvelope(string? traceId) =>
        new(Response: null, Error: "true", Code: StatusCode.ToString(CultureInfo.InvariantCulture), Message: Message, TraceId: traceId, Hint: Hint, Retryable: Retryable);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var traceId = httpContext.TraceId();
        response.StatusCode = StatusCode;
        response.Headers[TraceIdentity.HeaderName] = traceId;
        if (RetryAfter is { } retryAfter)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return response.WriteAsJsonAsync(ToEnvelope(traceId), ErrorJsonContext.Readable.ErrorEnvelope, contentType: null, httpContext.RequestAborted);
    }

    // Handlers that can answer an ApiError document the common 400; the OpenAPI transformer adds 401/403/429 where
    // authentication applies, and endpoints declare their other statuses with ProducesErrors.
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(ErrorEnvelope), ["application/json"]));

    private static string DefaultMessage(int statusCode) => statusCode switch
    {
        400 => "The request is malformed.",
        401 => "Authentication credentials were not provided or are invalid.",
        403 => "You do not have permission to perform this action.",
        404 => "No such resource. Check the path; all paths are under /api/v2/.",
        405 => "This method is not allowed on this path.",
        406 => "The requested response type is not available; this API answers application/json.",
        408 => "The request took too long to arrive.",
        409 => "The request conflicts with the current state of the resource.",
        411 => "A Content-Length is required.",
        413 => "The request body is too large.",
        415 => "Unsupported content type.",
        422 => "The request is well-formed but cannot be processed.",
        429 => "Too many requests; retry after the time given in Retry-After.",
        500 => "An unexpected error occurred on the server. Quote the trace id when you report it.",
        502 => "An upstream service failed. This is not a problem with your request; retry later.",
        503 => "The service is temporarily unavailable; retry later.",
        504 => "An upstream service did not answer in time. This is not a problem with your request; retry later.",
        _ => "The request could not be completed.",
    };
}
