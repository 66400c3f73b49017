using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Http.Input;

/// <summary>
/// Checks what arrives before the body, for every request and before anything reads it: the size of the request
/// target (414) and of the headers (431), the <see cref="TextRules"/> for the path and each query parameter, HTTP's
/// rule for header values, and that a declared charset is UTF-8 (415). A request that fails is answered in the
/// envelope, naming what failed.
/// </summary>
public sealed class RequestHeadGuard(RequestDelegate next)
{
    /// <summary>
    /// HTTP's own rule for header values (RFC 9110): no control character but tab. Bytes above 0x7F are opaque to
    /// HTTP and reach the server as Latin-1, so the text rule's C1 range would refuse UTF-8 that some clients send.
    /// Kestrel itself refuses NUL, CR and LF before the request gets here.
    /// </summary>
    private static readonly SearchValues<char> HttpControls =
        SearchValues.Create(string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\t').Append(0x7F).Select(c => (char)c)));

    public Task InvokeAsync(HttpContext context)
    {
        var error = Check(context);
        return error is null ? next(context) : error.ExecuteAsync(context);
    }

    private static ApiError? Check(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (target.Length > InputLimits.MaxRequestTargetBytes)
        {
            return ApiError.ForStatus(StatusCodes.Status414UriTooLong,
                $"The path and query string are longer than {InputLimits.MaxRequestTargetBytes} bytes; send large inputs in the body.");
        }

        return CheckHeaders(request.Headers)
            ?? Field("path", TextRules.Problem(request.Path.Value, InputLimits.MaxRequestTargetBytes))
            ?? CheckQuery(request.Query)
            ?? CheckCharset(request.Headers.ContentType);
    }

    private static ApiError? CheckHeaders(IHeaderDictionary headers)
    {
        var bytes = 0L;
        foreach (var (name, values) in headers)
        {
            bytes += name.Length + 4;
            foreach (var value in values)
            {
                bytes += value?.Length ?? 0;
                if (value.AsSpan().IndexOfAny(HttpControls) is var at and >= 0)
                {
                    return ApiError.InvalidField(name, string.Create(CultureInfo.InvariantCulture,
                        $"a header value without control characters (U+0000-U+001F other than tab, U+007F; character {at + 1} is U+{(int)value![at]:X4})"));
                }
            }
        }

        return bytes > InputLimits.MaxRequestHeaderBytes
            ? ApiError.ForStatus(StatusCodes.Status431RequestHeaderFieldsTooLarge,
                $"The request headers are larger than {InputLimits.MaxRequestHeaderBytes} bytes together.")
            : null;
    }

    private static ApiError? CheckQuery(IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            if (Field("query parameter name", TextRules.Problem(name, InputLimits.MaxTextLength)) is { } badName)
            {
                return badName;
            }

            foreach (var value in values)
            {
                if (Field(name, TextRules.Problem(value, InputLimits.MaxTextLength)) is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    /// <summary>Bodies are read as UTF-8 (JSON must be, RFC 8259); a body declared in another charset would be misread.</summary>
    private static ApiError? CheckCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return ApiError.InvalidField("Content-Type", "a media type such as application/json");
        }

        var charset = mediaType.Charset.Value?.Trim('"');
        return charset is null || IsUtf8(charset)
            ? null
            : ApiError.UnsupportedMediaType("The body is declared in a charset other than UTF-8; this API reads UTF-8 only (send charset=utf-8 or none).");
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);

    private static ApiError? Field(string name, string? problem) => problem is null ? null : ApiError.InvalidField(name, problem);
}
