using System.Net;
using System.Text.Json;

namespace Sangam.Client.Http;

/// <summary>Turns an error answer into the matching typed exception.</summary>
internal static class ErrorReader
{
    public static async Task<SangamException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var traceId = response.Headers.TryGetValues("X-Trace-Id", out var values) ? values.FirstOrDefault() : null;
        var message = Describe(body) ?? $"{(int)response.StatusCode} {response.ReasonPhrase}";
        var status = response.StatusCode;
        return status switch
        {
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType
                => new SangamValidationException(status, message, traceId, body),
            HttpStatusCode.Unauthorized or HttpStatusCode.PartialContent => new SangamAuthenticationException(status, message, traceId, body),
            HttpStatusCode.Forbidden => new SangamForbiddenException(status, message, traceId, body),
            HttpStatusCode.NotFound => new SangamNotFoundException(status, message, traceId, body),
            HttpStatusCode.Conflict => new SangamConflictException(status, message, traceId, body),
            HttpStatusCode.TooManyRequests => new SangamRateLimitException(status, message, traceId, body, response.Headers.RetryAfter?.Delta),
            HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.ServiceUnavailable
                => new SangamUpstreamException(status, message, traceId, body, Retryable(body) ?? true),
            _ => new SangamException(status, message, traceId, body),
        };
    }

    /// <summary>The envelope's <c>hint</c>, when the body has one.</summary>
    public static string? Hint(string? body) =>
        TopLevel(body, "hint", hint => hint.ValueKind == JsonValueKind.String ? hint.GetString() : null);

    /// <summary>Sangam's <c>retryable</c> on upstream failures; null when the answer has none (the hosted platform sends none).</summary>
    private static bool? Retryable(string body) =>
        TopLevel(body, "retryable", retryable => retryable.ValueKind is JsonValueKind.True or JsonValueKind.False ? retryable.GetBoolean() : (bool?)null);

    private static T? TopLevel<T>(string? body, string name, Func<JsonElement, T?> read)
    {
        if (string.IsNullOrEmpty(body))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                ? read(value)
                : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>The envelope's <c>message</c>, the auth <c>error</c>, or per-field errors as "field: problem".</summary>
    private static string? Describe(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString();
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String && error.GetString() is not ("true" or "false"))
            {
                return error.GetString();
            }

            var fields = root.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Array)
                .Select(p => $"{p.Name}: {string.Join("; ", p.Value.EnumerateArray().Select(v => v.ToString()))}")
                .ToList();
            return fields.Count > 0 ? string.Join(", ", fields) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
