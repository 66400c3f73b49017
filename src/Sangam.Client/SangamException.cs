using System.Net;

namespace Sangam.Client;

/// <summary>
/// The server answered with an error. <see cref="ErrorMessage"/> is the server's <c>message</c> (or the contract's
/// <c>error</c> for auth calls) and <see cref="TraceId"/> ties it to the server's logs.
/// </summary>
public class SangamException : Exception
{
    /// <summary>Creates an exception without a server answer.</summary>
    public SangamException()
    {
    }

    /// <summary>Creates an exception without a server answer.</summary>
    public SangamException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception without a server answer.</summary>
    public SangamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an error answer of the server.</summary>
    public SangamException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody)
        : base($"{(int)statusCode} {statusCode}: {errorMessage}{(traceId is null ? "" : $" (trace {traceId})")}")
    {
        StatusCode = statusCode;
        ErrorMessage = errorMessage;
        TraceId = traceId;
        ResponseBody = responseBody;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>What the server said went wrong.</summary>
    public string ErrorMessage { get; } = "";

    /// <summary>The server's trace id for the request, when it sent one.</summary>
    public string? TraceId { get; }

    /// <summary>The raw body of the answer.</summary>
    public string? ResponseBody { get; }

    /// <summary>What to send instead, by example (e.g. <c>e.g. MH12AB1234</c>), when the server gave a hint; Sangam servers do for bad input.</summary>
    public string? Hint => Http.ErrorReader.Hint(ResponseBody);
}

/// <summary>400 or 422: the request was invalid (the message names the field and the expected format).</summary>
public sealed class SangamValidationException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody)
    : SangamException(statusCode, errorMessage, traceId, responseBody);

/// <summary>Credentials were refused (login 206) or the token is missing, invalid, expired or revoked (401).</summary>
public sealed class SangamAuthenticationException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody)
    : SangamException(statusCode, errorMessage, traceId, responseBody);

/// <summary>403: the account is not entitled to this API, or the Subid belongs to another account.</summary>
public sealed class SangamForbiddenException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody)
    : SangamException(statusCode, errorMessage, traceId, responseBody);

/// <summary>404: no such resource for this account.</summary>
public sealed class SangamNotFoundException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody)
    : SangamException(statusCode, errorMessage, traceId, responseBody);

/// <summary>409: the request conflicts with the state of the resource.</summary>
public sealed class SangamConflictException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody)
    : SangamException(statusCode, errorMessage, traceId, responseBody);

/// <summary>429: rate limited; retry after <see cref="RetryAfter"/>.</summary>
public sealed class SangamRateLimitException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody, TimeSpan? retryAfter)
    : SangamException(statusCode, errorMessage, traceId, responseBody)
{
    /// <summary>How long the server asked to wait.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>
/// 502/504: an upstream government or operator system failed or timed out; the request itself was fine. (An upstream
/// that refuses the request itself as invalid answers 400, a <see cref="SangamValidationException"/>.)
/// </summary>
public sealed class SangamUpstreamException(HttpStatusCode statusCode, string errorMessage, string? traceId, string? responseBody, bool retryable)
    : SangamException(statusCode, errorMessage, traceId, responseBody)
{
    /// <summary>True when the upstream did not answer in time (504).</summary>
    public bool IsTimeout => StatusCode == HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// Whether the same request may succeed later. False when the upstream refused the server itself (credentials,
    /// IP allow-list): retrying cannot help until the server's operator fixes it. Servers that do not say are assumed
    /// retryable.
    /// </summary>
    public bool Retryable { get; } = retryable;
}
