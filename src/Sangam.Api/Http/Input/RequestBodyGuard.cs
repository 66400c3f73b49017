using Microsoft.AspNetCore.Http.Features;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Http.Input;

/// <summary>
/// Checks the body of a request to an endpoint before its handler sees it. A JSON body is read into memory once and
/// scanned (<see cref="JsonTextScanner"/>); the handler then reads the same bytes. A form is parsed here, so that a
/// malformed one (no boundary, a boundary that never comes, an unterminated body, oversized part headers, too many
/// values) is a 400 rather than an exception in whichever handler reads it first, and its fields and file names
/// follow the <see cref="TextRules"/>. Other bodies (files, CSV) belong to the handlers that stream them.
/// </summary>
public sealed class RequestBodyGuard(RequestDelegate next)
{
    private const int InitialBufferBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var error = context.GetEndpoint() is { } endpoint && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true
            ? await CheckAsync(context.Request, endpoint.Metadata.GetMetadata<LongTextMetadata>() is null ? InputLimits.MaxTextLength : int.MaxValue)
            : null;
        if (error is null)
        {
            await next(context);
        }
        else
        {
            await error.ExecuteAsync(context);
        }
    }

    private static async Task<ApiError?> CheckAsync(HttpRequest request, int maxTextLength)
    {
        if (request.HasJsonContentType())
        {
            var body = await BufferAsync(request);
            return JsonTextScanner.Check(body.AsSpan(), maxTextLength);
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException e)
        {
            return ApiError.BadRequest($"The form body is malformed: {e.Message}");
        }
        catch (IOException e) when (e is not BadHttpRequestException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The multipart reader's "unexpected end of stream": a body cut short or a boundary that never comes.
            // Kestrel's own BadHttpRequestException (an IOException too, e.g. 413) keeps its status in the exception handler.
            return ApiError.BadRequest($"The form body is malformed: {e.Message}");
        }

        return CheckForm(form, maxTextLength);
    }

    private static ApiError? CheckForm(IFormCollection form, int maxTextLength)
    {
        foreach (var (name, values) in form)
        {
            if (TextRules.Problem(name, InputLimits.MaxTextLength) is { } badName)
            {
                return ApiError.InvalidField("a form field name", badName);
            }

            foreach (var value in values)
            {
                if (TextRules.Problem(value, maxTextLength, multiLine: true) is { } badValue)
                {
                    return ApiError.InvalidField(name, badValue);
                }
            }
        }

        foreach (var file in form.Files)
        {
            if (TextRules.Problem(file.FileName, InputLimits.MaxTextLength) is { } badFileName)
            {
                return ApiError.InvalidField($"the file name of {file.Name}", badFileName);
            }
        }

        return null;
    }

    /// <summary>Replaces the body with an in-memory copy, so the scan and the handler read the same bytes once from the wire.</summary>
    private static async Task<ArraySegment<byte>> BufferAsync(HttpRequest request)
    {
        var copy = new MemoryStream(request.ContentLength is { } length and <= InitialBufferBytes ? (int)length : InitialBufferBytes);
        await request.Body.CopyToAsync(copy, request.HttpContext.RequestAborted);
        request.Body = new MemoryStream(copy.GetBuffer(), 0, (int)copy.Length, writable: false, publiclyVisible: true);
        return new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }
}
